package org.gazette.fetch.http.impl;

import static org.gazette.fetch.http.impl.TestSupport.config;
import static org.gazette.fetch.http.impl.TestSupport.logger;
import static org.gazette.fetch.http.impl.TestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gazette.api.model.Document;
import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new configuration is taken without a restart: host timing kept, exchanges in flight completed. */
class ReconfigurationTest {

    private PageServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new PageServer();
        for (String p : List.of("/a", "/b")) {
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
    void aNewConfigurationKeepsWhenEachHostMayBeAskedNext() throws Exception {
        fetcher = new HttpFetcher(config("minDelay", "1s"), logger());
        fetcher.fetch(request(server.url("/a"), 5000));

        fetcher.modified(config("minDelay", "1s", "userAgent", "OtherBot/2.0 (+https://example.invalid)"));
        fetcher.fetch(request(server.url("/b"), 5000));

        long gap = TimeUnit.NANOSECONDS.toMillis(server.seen("/b").get(0).startNanos() - server.seen("/a").get(0).startNanos());
        assertTrue(gap >= 800, gap + " ms between two requests to one host across a reconfiguration, minDelay 1 s");
        assertTrue(server.seen("/b").get(0).headers().toString().contains("OtherBot/2.0"), "the new user agent is used");
    }

    @Test
    void anExchangeInFlightCompletesAcrossAReconfiguration() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        server.on("/slow", ex -> {
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            PageServer.send(ex, 200, "text/html", "<p>late</p>".getBytes());
        });
        fetcher = new HttpFetcher(config(), logger());
        CompletableFuture<Document> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return fetcher.fetch(request(server.url("/slow"), 10_000));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.seen("/slow").isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the slow request never reached the server");
            Thread.sleep(5);
        }

        fetcher.modified(config("maxRequests", 8));
        answer.countDown();

        assertEquals(200, slow.get(10, TimeUnit.SECONDS).status);
        assertEquals(200, fetcher.fetch(request(server.url("/a"), 5000)).status, "the new client works");
    }

    @Test
    void anUnusableConfigurationIsRefusedAndTheOldOneKept() throws Exception {
        fetcher = new HttpFetcher(config(), logger());
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> fetcher.modified(config("minDelay", "soon")));
        assertTrue(e.getMessage().contains("minDelay"), e.getMessage());
        assertEquals(200, fetcher.fetch(request(server.url("/a"), 5000)).status);
    }
}
