package org.gazette.engine.impl;

import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.Document;

/** Documents made from items that carry their content inline. */
final class Documents {

    private Documents() {
    }

    static Document inline(Item item) {
        Document d = new Document();
        d.url = item.source.url;
        d.finalUrl = item.source.url;
        d.status = 200;
        d.headers = Map.of();
        d.mediaType = item.source.mediaType == null ? "application/octet-stream" : baseType(item.source.mediaType);
        d.charset = item.source.charset;
        d.content = item.source.content;
        d.fetched = Clock.now();
        d.sourceId = item.sourceId;
        d.item = item.source;
        return d;
    }

    private static String baseType(String mediaType) {
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
