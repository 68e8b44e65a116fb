package org.gazette.engine.impl;

import java.time.Instant;

import org.gazette.api.model.SourceItem;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** Making and reading the frontier's {@link UrlRecord}s. */
final class UrlRecords {
    private final StateStore store;
    private final Gson gson = new Gson();

    UrlRecords(StateStore store) {
        this.store = store;
    }

    UrlRecord get(String url) {
        return store.url(url);
    }

    UrlRecord fresh(Item item, String url, UrlState state) {
        UrlRecord r = new UrlRecord();
        r.url = url;
        r.host = UrlNormalizer.hostKey(url);
        r.sourceId = item.sourceId;
        r.state = state;
        r.firstSeen = Instant.now().toString();
        r.item = hints(item.source);
        return r;
    }

    /** The item's hints as JSON, without content (a queued URL item has none). */
    String hints(SourceItem item) {
        SourceItem copy = new SourceItem();
        copy.url = item.url;
        copy.mediaType = item.mediaType;
        copy.charset = item.charset;
        copy.title = item.title;
        copy.summary = item.summary;
        copy.authors = item.authors;
        copy.published = item.published;
        copy.language = item.language;
        copy.properties = item.properties;
        return gson.toJson(copy);
    }

    /** The item a queued record was admitted with, or a bare one when its hints cannot be read. */
    SourceItem item(UrlRecord r) {
        SourceItem item = null;
        if (r.item != null) {
            try {
                item = gson.fromJson(r.item, SourceItem.class);
            } catch (JsonParseException e) {
                item = null;
            }
        }
        if (item == null) {
            item = new SourceItem();
        }
        item.url = r.url;
        return item;
    }

    /**
     * Records the canonical URL a page declared as seen too, so that a source emitting the canonical
     * URL later does not fetch the same article again.
     */
    void canonical(Item item, UrlRecord done) {
        String canonical = done.canonicalUrl;
        if (canonical == null || canonical.equals(done.url) || done.state != UrlState.DONE) {
            return;
        }
        UrlRecord r = new UrlRecord();
        r.url = canonical;
        r.host = UrlNormalizer.hostKey(canonical);
        r.sourceId = item.sourceId;
        r.state = UrlState.DONE;
        r.firstSeen = done.lastFetched;
        r.lastFetched = done.lastFetched;
        r.nextDue = done.nextDue;
        r.status = done.status;
        r.contentHash = done.contentHash;
        r.articleId = done.articleId;
        r.canonicalUrl = canonical;
        r.reason = "seen as " + done.url;
        if (!store.insertUrl(r)) {
            UrlRecord existing = store.url(canonical);
            if (existing != null && existing.state != UrlState.QUEUED) {
                store.saveUrl(r);
            }
        }
    }
}
