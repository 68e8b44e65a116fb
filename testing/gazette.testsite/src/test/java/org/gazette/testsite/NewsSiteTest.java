package org.gazette.testsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NewsSiteTest {

    private final Http http = new Http();

    @Test
    void accessLogRecordsEachRequest() {
        try (NewsSite site = NewsSite.builder().articles(5).start()) {
            String url = site.articleUrls().get(0);
            String etag = http.get(url).headers().firstValue("ETag").orElseThrow();
            http.get(url + "?utm_source=rss", "If-None-Match", etag, "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT");
            http.get(site.baseUrl() + "/missing");
            List<NewsSite.Access> log = site.accessLog();
            assertEquals(3, log.size());
            NewsSite.Access first = log.get(0);
            assertEquals("GET", first.method());
            assertEquals(URI.create(url).getPath(), first.path());
            assertEquals(200, first.status());
            assertEquals("GazetteTest/1.0", first.userAgent());
            assertEquals(null, first.ifNoneMatch());
            NewsSite.Access second = log.get(1);
            assertEquals(URI.create(url).getPath() + "?utm_source=rss", second.path());
            assertEquals(304, second.status());
            assertEquals(etag, second.ifNoneMatch());
            assertEquals("Mon, 01 Jan 2024 00:00:00 GMT", second.ifModifiedSince());
            assertEquals(404, log.get(2).status());
            assertTrue(!second.at().isBefore(first.at()) && second.nanos() > first.nanos());
            site.clearAccessLog();
            assertTrue(site.accessLog().isEmpty());
        }
    }

    @Test
    void accessLogIsBoundedAndThreadSafe() throws Exception {
        AccessLog log = new AccessLog(1_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        log.add(new NewsSite.Access(Instant.now(), i, "GET", "/" + thread + "/" + i, 200, null, null, null));
                        if (i % 500 == 0) {
                            log.snapshot();
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1_000, log.snapshot().size());
        assertEquals(19_000, log.dropped());
        assertTrue(log.snapshot().stream().anyMatch(a -> a.path().endsWith("/4999")), "keeps the newest");
    }

    @Test
    void twoSitesOnTwoLoopbackAddressesAtOnce() {
        try (NewsSite one = NewsSite.builder().host("127.0.0.1").articles(10).start();
                NewsSite two = NewsSite.builder().host("127.0.0.2").port(URI.create(one.baseUrl()).getPort()).articles(10).start()) {
            assertTrue(two.baseUrl().startsWith("http://127.0.0.2:"));
            assertEquals(URI.create(one.baseUrl()).getPort(), URI.create(two.baseUrl()).getPort(), "same port, other address");
            String robotsOne = new String(http.get(one.baseUrl() + "/robots.txt").body(), StandardCharsets.UTF_8);
            String robotsTwo = new String(http.get(two.baseUrl() + "/robots.txt").body(), StandardCharsets.UTF_8);
            assertTrue(robotsOne.contains("Sitemap: " + one.baseUrl()));
            assertTrue(robotsTwo.contains("Sitemap: " + two.baseUrl()));
            assertNotEquals(one.story(one.articleUrls().get(0)).headline() + one.story(one.articleUrls().get(0)).paragraphs(),
                    two.story(two.articleUrls().get(0)).headline() + two.story(two.articleUrls().get(0)).paragraphs(),
                    "different hosts, different content");
            HttpResponse<byte[]> page = http.get(two.articleUrls().get(3));
            assertEquals(200, page.statusCode());
            assertEquals(1, two.accessLog().stream().filter(a -> a.path().endsWith(".html")).count());
            assertEquals(0, one.accessLog().stream().filter(a -> a.path().endsWith(".html")).count());
        }
    }

    @Test
    void sameSeedAndClockGiveTheSameSite() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        try (NewsSite a = NewsSite.builder().seed(7).clock(clock).articles(12).start();
                NewsSite b = NewsSite.builder().seed(7).clock(clock).articles(12).start()) {
            List<String> pathsA = a.articleUrls().stream().map(u -> URI.create(u).getPath()).toList();
            List<String> pathsB = b.articleUrls().stream().map(u -> URI.create(u).getPath()).toList();
            assertEquals(pathsA, pathsB);
            assertEquals(a.story(a.articleUrls().get(3)).paragraphs(), b.story(b.articleUrls().get(3)).paragraphs());
            assertTrue(pathsA.get(0).startsWith("/2024/05/01/"), pathsA.get(0));
            Instant oldest = a.story(a.articleUrls().get(11)).published();
            assertTrue(oldest.isAfter(Instant.parse("2024-03-31T00:00:00Z")), "within the last 30 days: " + oldest);
        }
    }

    @Test
    void invalidSettingsAreNamed() {
        assertEquals("articles: must be 1..1000000, was 0",
                assertThrows(IllegalArgumentException.class, () -> NewsSite.builder().articles(0).start()).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NewsSite.builder().port(70_000).start())
                .getMessage().startsWith("port:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NewsSite.builder().crawlDelaySeconds(-1).start())
                .getMessage().startsWith("crawlDelaySeconds:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NewsSite.builder().host(" ").start())
                .getMessage().startsWith("host:"));
    }

    @Test
    void aPortInUseIsAClearError() {
        try (NewsSite one = NewsSite.builder().articles(1).start()) {
            int port = URI.create(one.baseUrl()).getPort();
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> NewsSite.builder().articles(1).port(port).start());
            assertTrue(e.getMessage().startsWith("cannot serve on 127.0.0.1:" + port), e.getMessage());
        }
    }

    @Test
    void closeIsIdempotentAndStopsServing() {
        NewsSite site = NewsSite.builder().articles(1).start();
        String robots = site.baseUrl() + "/robots.txt";
        assertEquals(200, http.get(robots).statusCode());
        site.close();
        site.close();
        assertThrows(UncheckedIOException.class, () -> http.get(robots));
    }
}
