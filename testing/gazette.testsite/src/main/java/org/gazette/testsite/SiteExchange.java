package org.gazette.testsite;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;

/**
 * One request to the site: remembers when it arrived and writes the access-log entry when the
 * response status is sent, so that even a response that never finishes (a stall) is logged.
 */
final class SiteExchange {

    private final HttpExchange exchange;
    private final AccessLog log;
    private final Instant at = Instant.now();
    private final long nanos = System.nanoTime();
    private boolean begun;

    SiteExchange(HttpExchange exchange, AccessLog log) {
        this.exchange = exchange;
        this.log = log;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    boolean isHead() {
        return "HEAD".equals(method());
    }

    /** The path without query, as sent (not decoded). */
    String path() {
        String path = exchange.getRequestURI().getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The path with its query, as sent. */
    String target() {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? path() : path() + "?" + query;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** Whether Accept-Encoding allows gzip (a "gzip", "x-gzip" or "*" coding without q=0). */
    boolean acceptsGzip() {
        String accept = header("Accept-Encoding");
        if (accept == null) {
            return false;
        }
        for (String coding : accept.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                boolean refused = parts.length > 1 && parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
                return !refused;
            }
        }
        return false;
    }

    Headers responseHeaders() {
        return exchange.getResponseHeaders();
    }

    boolean begun() {
        return begun;
    }

    /**
     * Sends the status line and headers and logs the request.
     *
     * @param length the body length, 0 for chunked, -1 for none (always -1 for HEAD and 304)
     */
    void begin(int status, long length) throws IOException {
        begun = true;
        log.add(new NewsSite.Access(at, nanos, method(), target(), status, header("If-None-Match"),
                header("If-Modified-Since"), header("User-Agent")));
        boolean noBody = isHead() || status == 304 || status == 204;
        if (noBody && length > 0) {
            responseHeaders().set("Content-Length", Long.toString(length));
        }
        exchange.sendResponseHeaders(status, noBody ? -1 : length);
    }

    OutputStream body() {
        return exchange.getResponseBody();
    }

    void close() {
        exchange.close();
    }
}
