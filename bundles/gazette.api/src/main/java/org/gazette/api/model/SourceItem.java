package org.gazette.api.model;

import java.util.List;
import java.util.Map;

import org.osgi.dto.DTO;

/**
 * One thing a source found: a URL to fetch, or content it already has. The other fields are
 * hints (a feed entry's title, date, summary and author) that parsers use when the page lacks them.
 */
public class SourceItem extends DTO {
    /** What identifies the item: the URL to fetch, or a {@code file:} URI. Required. */
    public String url;
    /** The content when the source already has it (a file, an API response); else {@code null}. */
    public byte[] content;
    /** Media type of {@link #content} ({@code text/html}, {@code text/plain}), when known. */
    public String mediaType;
    /** Character set of {@link #content}, when known. */
    public String charset;
    /** Title hint. */
    public String title;
    /** Summary hint. */
    public String summary;
    /** Author hints. */
    public List<String> authors;
    /** Publication date hint, ISO-8601. */
    public String published;
    /** Language hint, a BCP-47 tag. */
    public String language;
    /** Further source-specific hints; the engine copies them to {@link Article#metadata} as {@code item.<key>}. */
    public Map<String, String> properties;
}
