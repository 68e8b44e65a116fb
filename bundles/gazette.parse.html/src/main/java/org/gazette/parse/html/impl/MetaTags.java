package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The page's {@code <meta>} tags with a {@code content}, keyed by {@code name}, {@code property}
 * or {@code itemprop} in lower case. Bounded: at most {@value #MAX_READ} tags are read.
 */
final class MetaTags {
    private static final Evaluator META_WITH_CONTENT = Selector.evaluatorOf("meta[content]");

    /** Entries copied to the article's metadata. */
    static final int MAX_ENTRIES = 200;
    /** Longest metadata value; longer values are cut. */
    static final int MAX_VALUE = 1000;
    private static final int MAX_READ = 2000;

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** @param doc the parsed page */
    MetaTags(Document doc) {
        this(new TagIndex(doc));
    }

    /** @param tags the parsed page's elements by tag */
    MetaTags(TagIndex tags) {
        int read = 0;
        for (Element meta : tags.select("meta", META_WITH_CONTENT)) {
            if (++read > MAX_READ) {
                break;
            }
            String key = key(meta);
            String content = Text.normalise(meta.attr("content"));
            if (!key.isEmpty() && !content.isEmpty() && !ofReadersComment(meta)) {
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
            }
        }
    }

    /**
     * @return whether the tag is microdata of a reader's comment ({@code <meta itemprop="datePublished">} in an
     *         {@code itemtype="https://schema.org/Comment"} or a comment section), whose date and author are not the
     *         page's; a tag with a {@code name} or {@code property} is the page's wherever it stands
     */
    private static boolean ofReadersComment(Element meta) {
        if (!meta.hasAttr("itemprop") || meta.hasAttr("name") || meta.hasAttr("property")) {
            return false;
        }
        for (Element e = meta.parent(); e != null; e = e.parent()) {
            if (e.attr("itemtype").endsWith("/Comment")) {
                return true;
            }
        }
        return CommentSections.contain(meta);
    }

    private static String key(Element meta) {
        for (String attribute : new String[] {"property", "name", "itemprop"}) {
            String key = meta.attr(attribute).trim();
            if (!key.isEmpty()) {
                return key.toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * @param keys meta names in order of preference, lower case
     * @return the first value of the first key present, with its {@link #source}, or {@code null}
     */
    Pick<String> first(String... keys) {
        for (String key : keys) {
            List<String> list = values.get(key);
            if (list != null) {
                return new Pick<>(list.get(0), source(key));
            }
        }
        return null;
    }

    /**
     * @param key a meta name
     * @return how provenance names it: prefixed names as they are ({@code og:title}), others with
     *         {@code meta:} ({@code meta:description})
     */
    static String source(String key) {
        return key.contains(":") ? key : "meta:" + key;
    }

    /**
     * @param key a meta name, lower case
     * @return every value of that name, in page order; empty when absent
     */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** @return the meta names present, lower case, in page order */
    java.util.Set<String> names() {
        return values.keySet();
    }

    /** @return the first {@value #MAX_ENTRIES} names with their first value, cut to {@value #MAX_VALUE} chars */
    Map<String, String> asMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (metadata.size() == MAX_ENTRIES) {
                break;
            }
            String value = e.getValue().get(0);
            metadata.put(e.getKey(), value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
        }
        return metadata;
    }
}
