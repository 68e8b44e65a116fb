package org.gazette.source.sitemap.impl;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.SourceItem;

/** Turns a sitemap entry into the item a source emits: the page URL, with Google News data as hints. */
final class SitemapItems {

    private SitemapItems() {
    }

    /**
     * @param entry the entry
     * @param sitemapUrl the sitemap that lists it
     * @return the item
     */
    static SourceItem item(Sitemap.Entry entry, String sitemapUrl) {
        SourceItem item = new SourceItem();
        item.url = entry.url();
        item.title = entry.newsTitle();
        item.published = iso(entry.newsPublished());
        item.language = languageTag(entry.newsLanguage());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sitemap.url", sitemapUrl);
        if (entry.lastModified() != null) {
            properties.put("sitemap.lastmod", iso(entry.lastModified()));
        }
        if (entry.newsPublication() != null) {
            properties.put("news.publication", entry.newsPublication());
        }
        if (!entry.newsKeywords().isEmpty()) {
            properties.put("news.keywords", String.join(", ", entry.newsKeywords()));
        }
        item.properties = properties;
        return item;
    }

    static String iso(OffsetDateTime date) {
        return date == null ? null : date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * @param language a language as news sitemaps write it ({@code en}, {@code zh-cn}, {@code pt_BR})
     * @return a well-formed BCP 47 tag, or {@code null}
     */
    static String languageTag(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(language.trim().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }
}
