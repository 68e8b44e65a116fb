package org.gazette.api;

import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Brings the bytes behind a URL. Registered with {@link StageProperties#FETCHER_SCHEMES}; the engine
 * uses it for items a source emits without inline content.
 * <p>
 * A fetcher is the authority on politeness towards the hosts it talks to (robots.txt, Crawl-delay,
 * a minimum delay between requests, concurrent requests per host, Retry-After): {@link #fetch} waits
 * when called too early, and {@link #readyIn} tells the engine's frontier when a host can be served
 * without waiting, so that the frontier gives its workers URLs of hosts that are ready.
 */
@ConsumerType
public interface Fetcher {

    /**
     * @param request what to fetch and the limits to respect
     * @return the document; for a conditional request answered "not modified",
     *         {@link Document#notModified} is true and the content is empty
     * @throws FetchException when nothing usable could be fetched, saying whether to skip, retry
     *         later or fail the item
     * @throws Exception any other failure; the message is the item's reason
     */
    Document fetch(FetchRequest request) throws Exception;

    /**
     * A hint for scheduling: how long until a {@link #fetch} of this URL would start without waiting
     * for politeness. Must be cheap and must not do I/O (a host whose robots.txt is not yet known is
     * ready).
     *
     * @param url an absolute URL
     * @return milliseconds from now; 0 when the fetcher could start now
     * @since 1.1
     */
    default long readyIn(String url) {
        return 0L;
    }
}
