package org.gazette.source.feed.impl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.SourceItem;

/** Turns a feed entry into the item a source emits: the link to fetch, with the entry's data as hints. */
final class FeedItems {

    private FeedItems() {
    }

    /**
     * @param entry an entry with a link
     * @param feed the feed it belongs to
     * @param feedUrl the configured feed URL
     * @return the item
     */
    static SourceItem item(FeedEntry entry, Feed feed, String feedUrl) {
        SourceItem item = new SourceItem();
        item.url = entry.link();
        item.title = entry.title();
        item.summary = entry.summary();
        item.authors = entry.authors().isEmpty() ? null : entry.authors();
        item.published = entry.published();
        item.language = languageTag(entry.language() != null ? entry.language() : feed.language());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("feed.url", feedUrl);
        properties.put("feed.format", feed.format());
        if (feed.title() != null) {
            properties.put("feed.title", feed.title());
        }
        if (entry.id() != null) {
            properties.put("feed.entry.id", entry.id());
        }
        if (!entry.categories().isEmpty()) {
            properties.put("feed.categories", String.join(", ", entry.categories()));
        }
        item.properties = properties;
        return item;
    }

    /**
     * @param language a language as feeds write it ({@code en-us}, {@code de_DE}, {@code fr})
     * @return a well-formed BCP 47 tag ({@code en-US}), or {@code null} when it is not a language
     */
    static String languageTag(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(language.trim().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }
}
