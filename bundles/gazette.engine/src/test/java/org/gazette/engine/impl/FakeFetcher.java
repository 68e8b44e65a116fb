package org.gazette.engine.impl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gazette.api.FetchException;
import org.gazette.api.Fetcher;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;

/**
 * A fetcher over pages in memory with a politeness delay per host, which it both enforces (a fetch
 * started too early is recorded as a violation) and announces through {@link #readyIn}.
 */
final class FakeFetcher implements Fetcher {
    /** One request as the fetcher saw it. */
    record Seen(String url, String etag, long startNanos) {
    }

    private final long delayNanos;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, String> canonical = new ConcurrentHashMap<>();
    private final Map<String, Deque<FetchException>> failures = new HashMap<>();
    private final Map<String, Long> lastStart = new HashMap<>();
    final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    /** Fetches called before the host was ready (the fetcher made them wait). */
    final List<String> waits = Collections.synchronizedList(new ArrayList<>());

    FakeFetcher(long delayMillis) {
        this.delayNanos = delayMillis * 1_000_000L;
    }

    FakeFetcher page(String url, String title) {
        pages.put(url, title);
        return this;
    }

    FakeFetcher canonical(String url, String canonicalUrl) {
        canonical.put(url, canonicalUrl);
        return this;
    }

    synchronized FakeFetcher failing(String url, FetchException... then) {
        failures.computeIfAbsent(url, u -> new ArrayDeque<>()).addAll(List.of(then));
        return this;
    }

    @Override
    public synchronized long readyIn(String url) {
        Long last = lastStart.get(UrlNormalizer.hostKey(url));
        if (last == null) {
            return 0;
        }
        long left = last + delayNanos - System.nanoTime();
        return left <= 0 ? 0 : Math.max(1, left / 1_000_000L);
    }

    @Override
    public Document fetch(FetchRequest request) throws Exception {
        String host = UrlNormalizer.hostKey(request.url);
        long now;
        FetchException failure;
        synchronized (this) {
            long early = readyIn(request.url);
            if (early > 0) {
                waits.add(request.url + " came " + early + " ms early");
                wait(early);
            }
            now = System.nanoTime();
            Long last = lastStart.get(host);
            if (last != null && now - last < delayNanos) {
                violations.add(request.url + " started " + (now - last) / 1_000_000 + " ms after the previous request to " + host);
            }
            lastStart.put(host, now);
            Deque<FetchException> f = failures.get(request.url);
            failure = f == null ? null : f.poll();
        }
        seen.add(new Seen(request.url, request.etag, now));
        if (failure != null) {
            throw failure;
        }
        String title = pages.get(request.url);
        if (title == null) {
            throw new FetchException(FetchException.Reason.HTTP_STATUS, "HTTP 404 for " + request.url);
        }
        String etag = "\"" + Integer.toHexString(title.hashCode()) + "\"";
        Document d = new Document();
        d.url = request.url;
        d.finalUrl = request.url;
        d.headers = Map.of();
        d.mediaType = "text/html";
        d.fetched = Clock.now();
        d.etag = etag;
        if (etag.equals(request.etag)) {
            d.status = 304;
            d.notModified = true;
            d.content = new byte[0];
            return d;
        }
        d.status = 200;
        String link = canonical.containsKey(request.url) ? "<link rel=canonical href=" + canonical.get(request.url) + ">" : "";
        d.content = ("<title>" + title + "</title>" + link).getBytes(StandardCharsets.UTF_8);
        return d;
    }

    long fetches(String url) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.url.equals(url)).count();
        }
    }
}
