package org.gazette.state.impl;

import java.time.Instant;

import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;

/** Builds URL records for tests. */
final class Records {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private Records() {
    }

    /** @return a queued record of {@code https://news.example/<path>} first seen {@code seconds} after T0 */
    static UrlRecord queued(String path, long seconds) {
        return record(path, UrlState.QUEUED, seconds);
    }

    static UrlRecord record(String path, UrlState state, long seconds) {
        UrlRecord r = new UrlRecord();
        r.url = "https://news.example/" + path;
        r.host = "news.example";
        r.sourceId = "feed-a";
        r.state = state;
        r.firstSeen = T0.plusSeconds(seconds).toString();
        r.item = "{\"title\":\"" + path + "\"}";
        return r;
    }

    /** @return a record with every field set */
    static UrlRecord full(String path) {
        UrlRecord r = record(path, UrlState.DONE, 5);
        r.lastFetched = "2026-11-23T10:05:00.123456Z";
        r.nextDue = "2026-11-24T10:05:00Z";
        r.status = 200;
        r.etag = "\"abc-123\"";
        r.lastModified = "Mon, 23 Nov 2026 09:00:00 GMT";
        r.contentHash = "sha256:0f1e2d";
        r.canonicalUrl = "https://news.example/canonical/" + path;
        r.articleId = "art-" + path;
        r.attempts = 2;
        r.reason = "retried after 503";
        r.item = "{\"title\":\"Grüße aus Zürich — «quotes» 日本語 \uD83D\uDCF0\"}";
        return r;
    }
}
