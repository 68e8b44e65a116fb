package org.gazette.api.model;

import java.util.List;
import java.util.Map;

import org.osgi.dto.DTO;

/**
 * A news article: clean text, metadata and what enrichers found in it. The JSON field names of
 * exports are these field names.
 */
public class Article extends DTO {
    /** Stable id: the same article (same canonical URL) has the same id in every run. Set by the engine. */
    public String id;
    /** Id of the source that found it. Set by the engine. */
    public String sourceId;
    /** The URL the article was read from (after redirects). */
    public String url;
    /** The canonical URL the page declares, if any. */
    public String canonicalUrl;
    /** What kind of page this is; only {@link PageKind#ARTICLE} is exported. */
    public PageKind kind;
    /** Headline, without the site name. */
    public String title;
    /** Standfirst or description. */
    public String description;
    /** Author names, in byline order. */
    public List<String> authors;
    /** Publication date-time, ISO-8601 with offset, or a date alone. */
    public String published;
    /** Last modification date-time, ISO-8601 with offset, or a date alone. */
    public String modified;
    /** Language, a BCP-47 tag such as {@code en} or {@code de-AT}. */
    public String language;
    /**
     * Body text: paragraphs in reading order separated by one blank line; a paragraph of code keeps its
     * lines (single line breaks, never a blank line), and a table's row is one paragraph, its cells
     * joined by {@code " | "}. Mention offsets refer to it.
     */
    public String text;
    /** Name of the site or publication. */
    public String siteName;
    /** Section of the site ("Politics"). */
    public String section;
    /** Keywords and tags. */
    public List<String> tags;
    /** URL of the lead image. */
    public String leadImage;
    /** Images with captions and credits. */
    public List<Image> images;
    /** Attributions of the content to other sources ("Source: Anadolu Agency"). */
    public List<String> attributions;
    /**
     * The site's own metadata (meta tags, JSON-LD fields) by name. Keys starting with {@code parse.}
     * are notes of the parser (the charset it used, why a page is not an article), keys starting with
     * {@code item.} are the source item's {@link SourceItem#properties}, copied by the engine.
     */
    public Map<String, String> metadata;
    /** Where each field came from, by field name ({@code "title" -> "og:title"}). */
    public Map<String, String> provenance;
    /** When the page was fetched (or read), ISO-8601 with offset. */
    public String fetched;
    /** Entity mentions in {@link #text}, ordered by start offset. */
    public List<Mention> mentions;
    /** The canonical entities the mentions refer to. */
    public List<Entity> entities;
    /** Quotes attributed to speakers. */
    public List<Quote> quotes;
    /** Id of the story (group of articles about the same event) this article belongs to. */
    public String storyId;
    /** What each stage did with this article, in order. */
    public List<StageResult> stages;
}
