package org.gazette.api.state;

import org.osgi.dto.DTO;

/**
 * What is known of one normalised URL. Times are ISO-8601 instants ({@code 2026-11-23T10:00:00Z}).
 */
public class UrlRecord extends DTO {
    /** The normalised URL: the key. */
    public String url;
    /** Host of the URL, lower case. */
    public String host;
    /** Id of the source that first emitted it. */
    public String sourceId;
    /** Where it is in its life cycle. */
    public UrlState state;
    /** When a source first emitted it. */
    public String firstSeen;
    /** When it was last fetched, or {@code null}. */
    public String lastFetched;
    /** When it may be fetched again (a revisit), or {@code null} for never. */
    public String nextDue;
    /** HTTP status of the last fetch, 0 when none. */
    public int status;
    /** ETag of the last successful fetch, for a conditional request. */
    public String etag;
    /** Last-Modified of the last successful fetch, for a conditional request. */
    public String lastModified;
    /** Hash of the last content processed, to tell a changed page from an unchanged one. */
    public String contentHash;
    /** Canonical URL the page declared (normalised), when it differs from {@link #url}. */
    public String canonicalUrl;
    /** Id of the article made from it. */
    public String articleId;
    /** Failed attempts since the last success. */
    public int attempts;
    /** Why it was skipped or failed, else {@code null}. */
    public String reason;
    /** The item as the source emitted it (hints), serialised as JSON, while {@link UrlState#QUEUED}. */
    public String item;
}
