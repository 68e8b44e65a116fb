package org.gazette.fetch.http.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's HTTP server on 127.0.0.1 and a free port, with handlers by exact path (404 for the
 * rest, robots.txt included unless set) and a log of the requests as the server saw them.
 */
final class PageServer implements AutoCloseable {

    /**
     * A request as the server saw it.
     *
     * @param path the path and query
     * @param headers the request headers (first values, names in lower case)
     * @param startNanos when the handler was entered, on the {@code System.nanoTime()} scale
     */
    record Seen(String path, Map<String, String> headers, long startNanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<Seen> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    PageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @return {@code http://127.0.0.1:PORT} */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return origin() + path;
    }

    PageServer on(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Answers the path with a fixed status, content type and text body. */
    PageServer page(String path, int status, String contentType, String body) {
        return on(path, ex -> send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    PageServer robots(String text) {
        return page("/robots.txt", 200, "text/plain", text);
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            Map<String, String> headers = new ConcurrentHashMap<>();
            ex.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String path = ex.getRequestURI().toString();
            log.add(new Seen(path, headers, start));
            HttpHandler handler = handlers.get(ex.getRequestURI().getPath());
            if (handler == null) {
                send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(ex);
            }
        } catch (IOException e) {
            // the client went away: expected in the size and timeout tests
        } finally {
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    /** @return the requests seen for the path (without query), in order */
    List<Seen> seen(String path) {
        return log.stream().filter(s -> s.path().equals(path) || s.path().startsWith(path + "?")).toList();
    }

    List<Seen> all() {
        return List.copyOf(log);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
