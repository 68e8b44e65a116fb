package org.gazette.api;

import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Brings the bytes behind a URL. Registered with {@link StageProperties#FETCHER_SCHEMES}; the engine
 * uses it for items a source emits without inline content.
 */
@ConsumerType
public interface Fetcher {

    /**
     * @param request what to fetch and the limits to respect
     * @return the document; for a conditional request answered "not modified",
     *         {@link Document#notModified} is true and the content is empty
     * @throws Exception when nothing usable could be fetched; the message is the item's reason
     */
    Document fetch(FetchRequest request) throws Exception;
}
