package org.gazette.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gazette.api.FetchException;
import org.gazette.api.Fetcher;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;

/**
 * A {@link Fetcher} that serves fixture bytes by URL with an ETag and Last-Modified, answers a
 * matching conditional request with "not modified", answers an unknown URL with an HTTP 404
 * {@link FetchException}, and records every request. Its fields are public so that tests can
 * arrange faults and inspect the requests; one instance serves one test (not thread-safe).
 */
public final class FakeFetcher implements Fetcher {

    /** The Last-Modified of every document served. */
    public static final String LAST_MODIFIED = "Tue, 14 May 2024 09:00:00 GMT";

    /** Every request received, in order. */
    public final List<FetchRequest> requests = new ArrayList<>();
    /** When set, every fetch throws it. */
    public Exception failure;
    /** The final URL reported for every fetch (a redirect), or null for the requested URL. */
    public String redirectTo;
    /** The media type reported for a URL; by default guessed from its ending (see {@link #guessMediaType}). */
    public Function<String, String> mediaTypes = FakeFetcher::guessMediaType;

    private final Map<String, byte[]> bodies = new HashMap<>();
    private final Map<String, String> etags = new HashMap<>();

    /**
     * @param url the URL to serve
     * @param body what to serve there
     * @param etag its ETag, or {@code null} for none (then every request gets the body)
     * @return this fetcher
     */
    public FakeFetcher serve(String url, byte[] body, String etag) {
        bodies.put(url, body);
        etags.put(url, etag);
        return this;
    }

    /**
     * @param schemes the schemes to declare in {@value StageProperties#FETCHER_SCHEMES}
     * @return this fetcher as DS injects it: with its service properties
     */
    public List<Map.Entry<Map<String, Object>, Fetcher>> asService(String... schemes) {
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
        doc.lastModified = LAST_MODIFIED;
        if (doc.etag != null && doc.etag.equals(request.etag)) {
            doc.status = 304;
            doc.notModified = true;
            doc.content = new byte[0];
            return doc;
        }
        doc.status = 200;
        doc.content = body;
        doc.mediaType = mediaTypes.apply(request.url);
        return doc;
    }

    /**
     * @param url a URL
     * @return {@code application/gzip} for {@code .gz}, {@code text/plain} for {@code .txt},
     *         {@code application/rss+xml} for {@code .rss}, {@code application/xml} otherwise
     */
    public static String guessMediaType(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        if (path.endsWith(".gz")) {
            return "application/gzip";
        }
        if (path.endsWith(".txt")) {
            return "text/plain";
        }
        if (path.endsWith(".rss")) {
            return "application/rss+xml";
        }
        return "application/xml";
    }
}
