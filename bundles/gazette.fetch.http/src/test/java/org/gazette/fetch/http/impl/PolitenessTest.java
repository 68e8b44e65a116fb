package org.gazette.fetch.http.impl;

import static org.gazette.fetch.http.impl.TestSupport.config;
import static org.gazette.fetch.http.impl.TestSupport.logger;
import static org.gazette.fetch.http.impl.TestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gazette.api.FetchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt, Crawl-delay, the delay between requests, Retry-After and readyIn. */
class PolitenessTest {

    private PageServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new PageServer();
        for (String p : List.of("/a", "/b", "/c", "/public/news", "/private/file")) {
            server.page(p, 200, "text/html", "<p>" + p + "</p>");
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (fetcher != null) {
            fetcher.deactivate();
        }
        server.close();
    }

    @Test
    void robotsDisallowIsObeyedForOurGroup() throws Exception {
        server.robots("User-agent: *\nDisallow: /\n\nUser-agent: GazetteBot\nDisallow: /private/\nAllow: /\n");
        fetcher = new HttpFetcher(config(), logger());

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/private/file"), 5000)));
        assertEquals(FetchException.Reason.DISALLOWED, e.reason());
        assertTrue(e.getMessage().contains(server.url("/private/file")), e.getMessage());
        assertTrue(e.getMessage().contains("Disallow: /private/"), e.getMessage());
        assertTrue(e.getMessage().contains("gazettebot"), e.getMessage());

        assertEquals(200, fetcher.fetch(request(server.url("/public/news"), 5000)).status);
        assertTrue(server.seen("/private/file").isEmpty(), "a disallowed URL is never requested");
        assertEquals(1, server.seen("/robots.txt").size(), "robots.txt is cached");
    }

    @Test
    void robotsTokenComesFromTheUserAgent() throws Exception {
        server.robots("User-agent: NewsHound\nDisallow: /\n");
        fetcher = new HttpFetcher(config("userAgent", "NewsHound/2.0 (+https://example.invalid)"), logger());

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/a"), 5000)));

        assertEquals(FetchException.Reason.DISALLOWED, e.reason());
    }

    @Test
    void robotsIsIgnoredWhenNotObeyed() throws Exception {
        server.robots("User-agent: *\nDisallow: /\n");
        fetcher = new HttpFetcher(config("obeyRobots", false), logger());

        assertEquals(200, fetcher.fetch(request(server.url("/a"), 5000)).status);
        assertTrue(server.seen("/robots.txt").isEmpty());
    }

    @Test
    void unreachableRobotsDisallowsForNowAndMissingRobotsAllows() throws Exception {
        server.page("/robots.txt", 503, "text/plain", "down");
        fetcher = new HttpFetcher(config("robotsRetry", "5m"), logger());

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/a"), 5000)));

        assertEquals(FetchException.Reason.RETRY_LATER, e.reason());
        assertTrue(e.retryAfterMillis() > 60_000 && e.retryAfterMillis() <= 300_000, () -> e.retryAfterMillis() + " ms");
        assertTrue(server.seen("/a").isEmpty());
        // still unreachable within robotsRetry: no new robots.txt request
        assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/b"), 5000)));
        assertEquals(1, server.seen("/robots.txt").size());
    }

    @Test
    void crawlDelayIsHonouredBetweenRequestStarts() throws Exception {
        server.robots("User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n");
        fetcher = new HttpFetcher(config("minDelay", "0"), logger());

        for (String p : List.of("/a", "/b", "/c")) {
            fetcher.fetch(request(server.url(p), 5000));
        }

        List<Long> starts = new ArrayList<>();
        for (PageServer.Seen s : server.all()) {
            if (!s.path().equals("/robots.txt")) {
                starts.add(s.startNanos());
            }
        }
        assertEquals(3, starts.size());
        for (int i = 1; i < starts.size(); i++) {
            long gapMillis = TimeUnit.NANOSECONDS.toMillis(starts.get(i) - starts.get(i - 1));
            // the delay holds between the fetcher's starts; the server sees them later by the time a request
            // takes to leave the client, which varies on a busy machine: allow 200 ms for that
            assertTrue(gapMillis >= 800, "gap " + gapMillis + " ms, Crawl-delay 1 s");
        }
    }

    @Test
    void crawlDelayIsCapped() throws Exception {
        server.robots("User-agent: *\nCrawl-delay: 3600\n");
        fetcher = new HttpFetcher(config("maxCrawlDelay", "300ms"), logger());

        fetcher.fetch(request(server.url("/a"), 5000));
        long ready = fetcher.readyIn(server.url("/b"));

        assertTrue(ready > 0 && ready <= 300, ready + " ms");
        fetcher.fetch(request(server.url("/b"), 5000));
    }

    @Test
    void minimumDelayPerHostHoldsForConcurrentFetches() throws Exception {
        fetcher = new HttpFetcher(config("minDelay", "600ms", "obeyRobots", false, "maxRequestsPerHost", 1), logger());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (String p : List.of("/a", "/b", "/c")) {
                results.add(pool.submit(() -> fetcher.fetch(request(server.url(p), 5000))));
            }
            for (Future<?> f : results) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<PageServer.Seen> seen = server.all();
        assertEquals(3, seen.size());
        assertEquals(1, server.maxInFlight());
        for (int i = 1; i < seen.size(); i++) {
            long gapMillis = TimeUnit.NANOSECONDS.toMillis(seen.get(i).startNanos() - seen.get(i - 1).startNanos());
            assertTrue(gapMillis >= 400, "gap " + gapMillis + " ms, minDelay 600 ms (less 200 ms for the request to leave the client)");
        }
    }

    @Test
    void readyInTellsWhenAHostCanBeServed() throws Exception {
        fetcher = new HttpFetcher(config("minDelay", "2s", "obeyRobots", false), logger());

        assertEquals(0, fetcher.readyIn(server.url("/a")), "an unknown host is ready");
        assertEquals(0, fetcher.readyIn("not a url"));
        fetcher.fetch(request(server.url("/a"), 5000));
        long ready = fetcher.readyIn(server.url("/b"));

        assertTrue(ready > 1000 && ready <= 2000, ready + " ms");
        assertEquals(0, fetcher.readyIn("http://other.invalid/"), "other hosts are not affected");
    }

    @Test
    void fetchCalledEarlyWaitsForItsTurnOrAsksToComeBack() throws Exception {
        fetcher = new HttpFetcher(config("minDelay", "1s", "obeyRobots", false), logger());
        fetcher.fetch(request(server.url("/a"), 5000));

        // a 5 s request waits up to half its time: it waits the ~1 s and goes
        fetcher.fetch(request(server.url("/b"), 5000));
        // a 1 s request cannot wait 1 s: it is sent back with the time to wait
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/c"), 1000)));

        assertEquals(FetchException.Reason.NOT_READY, e.reason(), "nothing was sent: not an attempt");
        assertTrue(e.retryAfterMillis() > 0 && e.retryAfterMillis() <= 1000, e.retryAfterMillis() + " ms");
        assertTrue(server.seen("/c").isEmpty());
        long gap = TimeUnit.NANOSECONDS.toMillis(server.seen("/b").get(0).startNanos() - server.seen("/a").get(0).startNanos());
        assertTrue(gap >= 800, gap + " ms, minDelay 1 s (less 200 ms for the request to leave the client)");
    }

    @Test
    void tooManyRequestsWithRetryAfterBlocksTheHost() throws Exception {
        server.on("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "7");
            PageServer.send(ex, 429, "text/plain", "slow down".getBytes());
        });
        fetcher = new HttpFetcher(config(), logger());

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/busy"), 5000)));

        assertEquals(FetchException.Reason.RETRY_LATER, e.reason());
        assertEquals(7000, e.retryAfterMillis());
        long ready = fetcher.readyIn(server.url("/a"));
        assertTrue(ready > 5000 && ready <= 7000, ready + " ms");
        FetchException blocked = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/a"), 5000)));
        assertEquals(FetchException.Reason.NOT_READY, blocked.reason());
        assertTrue(blocked.retryAfterMillis() > 5000, blocked.retryAfterMillis() + " ms");
        assertTrue(server.seen("/a").isEmpty(), "a blocked host gets no request");
    }

    @Test
    void retryAfterAsHttpDateAndCap() throws Exception {
        String inTenMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(10));
        server.on("/maintenance", ex -> {
            ex.getResponseHeaders().set("Retry-After", inTenMinutes);
            PageServer.send(ex, 503, "text/plain", "maintenance".getBytes());
        });
        fetcher = new HttpFetcher(config("maxRetryAfter", "2m"), logger());

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/maintenance"), 5000)));

        assertEquals(FetchException.Reason.RETRY_LATER, e.reason());
        assertEquals(Duration.ofMinutes(2).toMillis(), e.retryAfterMillis());
    }
}
