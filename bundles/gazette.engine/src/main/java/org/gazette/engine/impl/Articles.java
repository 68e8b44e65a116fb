package org.gazette.engine.impl;

import java.util.HashMap;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.SourceItem;

/** What the engine sets on every parsed article: identity, origin, and the item's hints where the page had nothing. */
final class Articles {

    private Articles() {
    }

    static void complete(Article a, Item item, Document doc) {
        a.sourceId = item.sourceId;
        if (a.url == null || a.url.isBlank()) {
            a.url = doc.finalUrl != null ? doc.finalUrl : doc.url;
        }
        a.id = ArticleIds.of(a);
        if (a.fetched == null) {
            a.fetched = doc.fetched;
        }
        if (a.kind == null) {
            a.kind = PageKind.ARTICLE;
        }
        SourceItem hints = item.source;
        if (a.title == null && hints.title != null) {
            a.title = hints.title;
            provenance(a, "title");
        }
        if (a.published == null && hints.published != null) {
            a.published = hints.published;
            provenance(a, "published");
        }
        if ((a.authors == null || a.authors.isEmpty()) && hints.authors != null && !hints.authors.isEmpty()) {
            a.authors = List.copyOf(hints.authors);
            provenance(a, "authors");
        }
        if (a.language == null && hints.language != null) {
            a.language = hints.language;
            provenance(a, "language");
        }
        if (a.description == null && hints.summary != null) {
            a.description = hints.summary;
            provenance(a, "description");
        }
        if (hints.properties != null && !hints.properties.isEmpty()) {
            if (a.metadata == null) {
                a.metadata = new HashMap<>();
            }
            hints.properties.forEach((k, v) -> a.metadata.putIfAbsent("item." + k, v));
        }
    }

    private static void provenance(Article a, String field) {
        if (a.provenance == null) {
            a.provenance = new HashMap<>();
        }
        a.provenance.put(field, "source item");
    }
}
