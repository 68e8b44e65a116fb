package org.gazette.api.model;

import java.util.List;
import java.util.Map;

import org.osgi.dto.DTO;

/**
 * Fetched (or inline) bytes and what is known about them, as a {@link org.gazette.api.Parser} gets them.
 */
public class Document extends DTO {
    /** The URL that was requested (or the item's URL for inline content). */
    public String url;
    /** The URL the content was finally served from, after redirects. */
    public String finalUrl;
    /** HTTP status, or 200 for inline content. */
    public int status;
    /** Response headers, names in lower case; empty for inline content. */
    public Map<String, List<String>> headers;
    /** Media type without parameters ({@code text/html}), lower case. */
    public String mediaType;
    /** Character set declared by the transport, or {@code null}: the parser decides then. */
    public String charset;
    /** The body. */
    public byte[] content;
    /** ETag of the response, if any. */
    public String etag;
    /** Last-Modified of the response, if any. */
    public String lastModified;
    /** True when a conditional request was answered "not modified" (no content). */
    public boolean notModified;
    /** When it was fetched, ISO-8601 with offset. */
    public String fetched;
    /** Id of the source the item came from. */
    public String sourceId;
    /** The item that led to this document (hints). */
    public SourceItem item;
}
