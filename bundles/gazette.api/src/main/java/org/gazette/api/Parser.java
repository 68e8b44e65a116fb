package org.gazette.api;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a document into an article. Registered with {@link StageProperties#PARSER_TYPES}, the media
 * types it accepts. The engine runs each parse under a timeout and with the document already
 * bounded by its size limit; a parser must not keep references to the document.
 */
@ConsumerType
public interface Parser {

    /**
     * @param document the fetched (or inline) document
     * @return the article; set {@link Article#kind} when the page is not an article (a home page,
     *         an index, an error page) rather than returning a poor article
     * @throws Exception when the document cannot be parsed; the message is the item's reason
     */
    Article parse(Document document) throws Exception;
}
