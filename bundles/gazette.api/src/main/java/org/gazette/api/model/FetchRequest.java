package org.gazette.api.model;

import org.osgi.dto.DTO;

/**
 * What the engine asks a {@link org.gazette.api.Fetcher} for.
 */
public class FetchRequest extends DTO {
    /** The URL to fetch. */
    public String url;
    /** Id of the source the item came from. */
    public String sourceId;
    /** ETag from the previous fetch, for a conditional request; else {@code null}. */
    public String etag;
    /** Last-Modified from the previous fetch, for a conditional request; else {@code null}. */
    public String lastModified;
    /** Largest body to accept, in bytes (after decompression). */
    public long maxBytes;
    /** Time allowed for the whole fetch, in milliseconds. */
    public long timeoutMillis;
    /** The item that led to this request (hints). */
    public SourceItem item;
    /** How many attempts were made before this one (0 for the first). @since 1.1 */
    public int attempt;
}
