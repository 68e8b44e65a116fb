package org.gazette.source.sitemap.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.FetchException;
import org.gazette.api.Fetcher;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;

/**
 * A {@link Fetcher} that serves fixture bytes by URL with an ETag and Last-Modified, answers a
 * matching conditional request with "not modified", and records every request.
 */
final class FakeFetcher implements Fetcher {

    final List<FetchRequest> requests = new ArrayList<>();
    private final Map<String, byte[]> bodies = new HashMap<>();
    private final Map<String, String> etags = new HashMap<>();
    /** When set, every fetch throws it. */
    Exception failure;
    /** The final URL reported for every fetch (a redirect), or null for the requested URL. */
    String redirectTo;

    FakeFetcher serve(String url, byte[] body, String etag) {
        bodies.put(url, body);
        etags.put(url, etag);
        return this;
    }

    /** @return this fetcher as DS injects it: with its service properties */
    List<Map.Entry<Map<String, Object>, Fetcher>> asService(String... schemes) {
        return List.of(Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, schemes), this));
    }

    @Override
    public Document fetch(FetchRequest request) throws Exception {
        requests.add(request);
        if (failure != null) {
            throw failure;
        }
        byte[] body = bodies.get(request.url);
        if (body == null) {
            throw new FetchException(FetchException.Reason.HTTP_STATUS, "HTTP 404 for " + request.url);
        }
        Document doc = new Document();
        doc.url = request.url;
        doc.finalUrl = redirectTo == null ? request.url : redirectTo;
        doc.etag = etags.get(request.url);
        doc.lastModified = "Tue, 14 May 2024 09:00:00 GMT";
        if (doc.etag != null && doc.etag.equals(request.etag)) {
            doc.status = 304;
            doc.notModified = true;
            doc.content = new byte[0];
            return doc;
        }
        doc.status = 200;
        doc.content = body;
        doc.mediaType = request.url.endsWith(".gz") ? "application/gzip" : "application/xml";
        return doc;
    }
}
