package org.gazette.engine.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.gazette.api.model.Outcome;
import org.gazette.api.model.SourceItem;
import org.gazette.api.model.StageResult;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** The frontier's {@link UrlRecord}s: admission decisions, the record of each finished item, hints kept while queued. */
final class UrlRecords {
    private final StateStore store;
    private final Duration revisit;
    private final Gson gson = new Gson();

    /** @param revisit how long after it was done a URL is fetched again when offered */
    UrlRecords(StateStore store, Duration revisit) {
        this.store = store;
        this.revisit = revisit;
    }

    /**
     * Decides whether an offered URL is fetched: a new URL is inserted as QUEUED; a known one is
     * fetched again only when its revisit time has come (then QUEUED again); one still QUEUED (from a
     * crash, or another runtime's queue) is not queued twice.
     */
    Frontier.Admit claim(Item item, String url) {
        UrlRecord fresh = fresh(item, url, UrlState.QUEUED);
        if (store.insertUrl(fresh)) {
            item.frontier(fresh);
            return Frontier.Admit.NEW;
        }
        UrlRecord known = get(url);
        if (known == null) { // removed meanwhile: take it
            store.saveUrl(fresh);
            item.frontier(fresh);
            return Frontier.Admit.NEW;
        }
        if (known.state == UrlState.QUEUED) { // left from a crash or another runtime's queue
            item.frontier(known);
            return Frontier.Admit.KNOWN;
        }
        if (known.nextDue == null || Instant.parse(known.nextDue).isAfter(Instant.now())) {
            return Frontier.Admit.KNOWN;
        }
        known.state = UrlState.QUEUED;
        known.item = hints(item.source);
        store.saveUrl(known);
        item.frontier(known);
        return Frontier.Admit.REVISIT;
    }

    /**
     * Writes what became of a dispatched item into its record: end state, reason, validators and
     * content hash of the fetch, attempts, the next due time, the article and its canonical URL
     * (recorded as seen too).
     *
     * @throws org.gazette.api.state.StateException when the store cannot be written
     */
    void finish(Item item, Outcome outcome, String reason, UrlRecord r) {
        UrlState state = item.endState() != null ? item.endState()
                : outcome == Outcome.FAILED ? UrlState.FAILED : UrlState.DONE;
        Item.Fetch f = item.fetch();
        Instant now = Instant.now();
        r.state = state;
        r.reason = reason != null ? reason : lastReason(item);
        r.item = null;
        if (f != null) {
            r.lastFetched = now.toString();
            r.status = f.status();
            if (f.etag() != null || f.lastModified() != null) {
                r.etag = f.etag();
                r.lastModified = f.lastModified();
            }
            if (f.contentHash() != null && state == UrlState.DONE) {
                r.contentHash = f.contentHash();
            }
        }
        r.attempts = state == UrlState.DONE ? 0 : item.attempt();
        r.nextDue = revisit.isZero() ? now.toString() : now.plus(revisit).toString();
        if (item.article() != null) {
            r.articleId = item.article().id;
            r.canonicalUrl = item.canonicalUrl();
        }
        store.saveUrl(r);
        canonical(item, r);
    }

    private static String lastReason(Item item) {
        List<StageResult> stages = item.stages();
        return stages.isEmpty() ? null : stages.get(stages.size() - 1).reason;
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
