package org.gazette.fetch.http.impl;

import static org.gazette.fetch.http.impl.TestSupport.config;
import static org.gazette.fetch.http.impl.TestSupport.logger;
import static org.gazette.fetch.http.impl.TestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.gazette.api.FetchException;
import org.gazette.api.model.FetchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Servers that stall, reset, send too much or fail, and the retries they lead to. */
class FaultsTest {

    private static final Duration BOUND = Duration.ofSeconds(15);

    private HttpFetcher fetcher = new HttpFetcher(config(), logger());

    @AfterEach
    void stop() {
        fetcher.deactivate();
    }

    private static void write(Socket socket, String text) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Test
    void serverStallingMidBodyIsAbandonedAtTheTimeout() throws Exception {
        try (FaultServer server = new FaultServer((head, socket, s) -> {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><p>The first words");
            s.stall(30);
        })) {
            FetchException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/slow"), 1000))));

            assertEquals(FetchException.Reason.RETRY_LATER, e.reason());
            assertTrue(e.getMessage().contains("in time"), e.getMessage());
            assertTrue(e.retryAfterMillis() > 0);
        }
    }

    @Test
    void serverStallingBeforeTheHeadersIsAbandonedAtTheTimeout() throws Exception {
        try (FaultServer server = new FaultServer((head, socket, s) -> s.stall(30))) {
            FetchException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/silent"), 1000))));

            assertEquals(FetchException.Reason.RETRY_LATER, e.reason());
        }
    }

    @Test
    void connectionResetMidBodyIsRetriedLater() throws Exception {
        try (FaultServer server = new FaultServer((head, socket, s) -> {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><p>Half a sto");
            Thread.sleep(100); // let the client read the head before the reset
            socket.setSoLinger(true, 0);
            socket.close();
        })) {
            FetchException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/reset"), 5000))));

            assertEquals(FetchException.Reason.RETRY_LATER, e.reason(), e.getMessage());
        }
    }

    @Test
    void declaredHugeBodyIsRefusedWithoutReadingIt() throws Exception {
        AtomicLong written = new AtomicLong();
        try (FaultServer server = new FaultServer((head, socket, s) -> {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 104857600\r\n\r\n");
            streamZeros(socket, 100L << 20, written);
        })) {
            FetchException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/huge"), 10_000))));

            assertEquals(FetchException.Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("Content-Length 104857600"), e.getMessage());
        }
        assertTrue(written.get() < 100L << 20, "stopped after " + written.get() + " bytes");
    }

    @Test
    void hugeChunkedBodyIsCutAtTheLimit() throws Exception {
        AtomicLong written = new AtomicLong();
        try (FaultServer server = new FaultServer((head, socket, s) -> {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n");
            streamChunks(socket, 100L << 20, written);
        })) {
            FetchException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/endless"), 10_000))));

            assertEquals(FetchException.Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("maxBodySize"), e.getMessage());
        }
        assertTrue(written.get() < 100L << 20, "the server was stopped after " + written.get() + " bytes");
    }

    @Test
    void requestLimitSmallerThanTheConfiguredOneWins() throws Exception {
        try (PageServer server = new PageServer()) {
            server.page("/big", 200, "text/html", "x".repeat(5000));
            FetchRequest request = request(server.url("/big"), 5000);
            request.maxBytes = 1000;

            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request));

            assertEquals(FetchException.Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("maxBytes"), e.getMessage());
        }
    }

    @Test
    void gzipBombIsStoppedAtTheDecompressedLimit() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        assertTrue(bomb.size() < 200_000, "a small body: " + bomb.size());
        try (PageServer server = new PageServer()) {
            server.on("/bomb", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                PageServer.send(ex, 200, "text/html", bomb.toByteArray());
            });

            FetchException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/bomb"), 10_000))));

            assertEquals(FetchException.Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("decompressed") && e.getMessage().contains("maxDecompressedSize"), e.getMessage());
        }
    }

    @Test
    void serverErrorsBackOffMoreWithEachAttemptThenFail() throws Exception {
        try (PageServer server = new PageServer()) {
            server.page("/flaky", 503, "text/plain", "try later");
            long previous = 0;
            for (int attempt = 0; attempt < 3; attempt++) {
                FetchRequest request = request(server.url("/flaky"), 5000);
                request.attempt = attempt;
                FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request));
                assertEquals(FetchException.Reason.RETRY_LATER, e.reason());
                assertEquals(100L << attempt, e.retryAfterMillis(), "backoffBase 100ms doubled per attempt");
                assertTrue(e.retryAfterMillis() > previous);
                previous = e.retryAfterMillis();
            }
            FetchRequest last = request(server.url("/flaky"), 5000);
            last.attempt = 3;
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(last));

            assertEquals(FetchException.Reason.HTTP_STATUS, e.reason());
            assertTrue(e.getMessage().contains("HTTP 503") && e.getMessage().contains("4 attempts"), e.getMessage());
            assertEquals(4, server.seen("/flaky").size());
        }
    }

    @Test
    void timeoutOnTheLastAttemptFailsForGood() throws Exception {
        try (FaultServer server = new FaultServer((head, socket, s) -> s.stall(30))) {
            FetchRequest request = request(server.url("/silent"), 500);
            request.attempt = 3;

            FetchException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(FetchException.class, () -> fetcher.fetch(request)));

            assertEquals(FetchException.Reason.OTHER, e.reason());
            assertTrue(e.getMessage().contains("gave up after 4 attempts"), e.getMessage());
        }
    }

    @Test
    void deactivateAbortsFetchesInFlight() throws Exception {
        try (FaultServer server = new FaultServer((head, socket, s) -> {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>");
            s.stall(30);
        })) {
            CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    fetcher.fetch(request(server.url("/slow"), 60_000));
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.heads().stream().noneMatch(h -> h.startsWith("GET /slow")) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            fetcher.deactivate();

            Throwable t = outcome.get(10, TimeUnit.SECONDS);
            assertTrue(t instanceof FetchException, String.valueOf(t));
            assertEquals(FetchException.Reason.NOT_READY, ((FetchException) t).reason(), t.getMessage());
            assertTrue(t.getMessage().contains("the fetcher is stopping"), t.getMessage());
            fetcher = new HttpFetcher(config(), logger());
        }
    }

    private static void streamZeros(Socket socket, long total, AtomicLong written) throws Exception {
        OutputStream out = socket.getOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (written.get() < total) {
            out.write(buffer);
            written.addAndGet(buffer.length);
        }
    }

    private static void streamChunks(Socket socket, long total, AtomicLong written) throws Exception {
        OutputStream out = socket.getOutputStream();
        byte[] buffer = new byte[64 * 1024];
        java.util.Arrays.fill(buffer, (byte) 'a');
        byte[] size = (Integer.toHexString(buffer.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        while (written.get() < total) {
            out.write(size);
            out.write(buffer);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            written.addAndGet(buffer.length);
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
