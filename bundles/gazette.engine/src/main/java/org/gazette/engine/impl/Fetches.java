package org.gazette.engine.impl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;
import org.gazette.api.state.UrlRecord;

/** Fetch requests made from frontier items, and what their answers mean for the URL's record. */
final class Fetches {

    private Fetches() {
    }

    static FetchRequest request(Item item, EngineSettings settings) {
        FetchRequest request = new FetchRequest();
        request.url = item.source.url;
        request.sourceId = item.sourceId;
        request.item = item.source;
        request.maxBytes = settings.maxItemBytes();
        request.timeoutMillis = settings.fetchTimeout().toMillis();
        request.attempt = item.attempt();
        UrlRecord known = item.frontier();
        if (known != null && !item.forced && known.contentHash != null) {
            request.etag = known.etag;
            request.lastModified = known.lastModified;
        }
        return request;
    }

    /** What the document says about the URL: unchanged when not modified or when its body is what was processed last. */
    static Item.Fetch result(Item item, Document doc) {
        UrlRecord known = item.frontier();
        if (doc.notModified) {
            return new Item.Fetch(doc.status == 0 ? 304 : doc.status, doc.etag, doc.lastModified, null, true);
        }
        String hash = doc.content == null ? null : hash(doc.content);
        boolean unchanged = !item.forced && known != null && hash != null && hash.equals(known.contentHash);
        return new Item.Fetch(doc.status, doc.etag, doc.lastModified, hash, unchanged);
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
