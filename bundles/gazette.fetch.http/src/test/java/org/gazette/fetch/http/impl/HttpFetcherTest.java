package org.gazette.fetch.http.impl;

import static org.gazette.fetch.http.impl.TestSupport.config;
import static org.gazette.fetch.http.impl.TestSupport.logger;
import static org.gazette.fetch.http.impl.TestSupport.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.gazette.api.FetchException;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;
import org.gazette.api.model.SourceItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages, redirects, conditional requests, content types and charsets, against the JDK's HTTP server. */
class HttpFetcherTest {

    private PageServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new PageServer();
        fetcher = new HttpFetcher(config(), logger());
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.deactivate();
        server.close();
    }

    @Test
    void plainPageComesWithStatusHeadersAndCharset() throws Exception {
        byte[] body = "<html><body><p>Budget passes</p></body></html>".getBytes(StandardCharsets.UTF_8);
        server.on("/news/budget.html", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 14 May 2024 07:30:00 GMT");
            ex.getResponseHeaders().set("X-Custom-Thing", "yes");
            PageServer.send(ex, 200, "Text/HTML; Charset=\"UTF-8\"", body);
        });
        FetchRequest request = request(server.url("/news/budget.html"), 5000);
        request.item = new SourceItem();
        request.item.url = request.url;

        Document doc = fetcher.fetch(request);

        assertEquals(200, doc.status);
        assertEquals(request.url, doc.url);
        assertEquals(request.url, doc.finalUrl);
        assertEquals("text/html", doc.mediaType);
        assertEquals("UTF-8", doc.charset);
        assertArrayEquals(body, doc.content);
        assertEquals("\"v1\"", doc.etag);
        assertEquals("Tue, 14 May 2024 07:30:00 GMT", doc.lastModified);
        assertEquals(List.of("yes"), doc.headers.get("x-custom-thing"));
        assertTrue(doc.headers.keySet().stream().allMatch(k -> k.equals(k.toLowerCase())), doc.headers.keySet()::toString);
        assertFalse(doc.notModified);
        assertEquals("test-source", doc.sourceId);
        assertEquals(request.item, doc.item);
        OffsetDateTime.parse(doc.fetched);

        PageServer.Seen seen = server.seen("/news/budget.html").get(0);
        assertEquals(HttpFetcher.DEFAULT_USER_AGENT, seen.headers().get("user-agent"));
        assertEquals("gzip, deflate", seen.headers().get("accept-encoding"));
        assertTrue(seen.headers().get("accept").startsWith("text/html"));
        assertNull(seen.headers().get("cookie"));
        assertEquals(1, server.seen("/robots.txt").size(), "robots.txt is read first");
    }

    @Test
    void gzipAndDeflateBodiesAreDecompressed() throws Exception {
        byte[] text = "<html><p>compressed news</p></html>".repeat(50).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text);
        }
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
            out.write(text);
        }
        server.on("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            PageServer.send(ex, 200, "text/html", gz.toByteArray());
        });
        server.on("/deflate", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            PageServer.send(ex, 200, "text/html", zlib.toByteArray());
        });

        assertArrayEquals(text, fetcher.fetch(request(server.url("/gz"), 5000)).content);
        assertArrayEquals(text, fetcher.fetch(request(server.url("/deflate"), 5000)).content);
    }

    @Test
    void conditionalRequestAnsweredNotModified() throws Exception {
        server.on("/page", ex -> {
            String etag = ex.getRequestHeaders().getFirst("If-None-Match");
            if ("\"v7\"".equals(etag)) {
                ex.getResponseHeaders().set("ETag", "\"v7\"");
                ex.sendResponseHeaders(304, -1);
            } else {
                PageServer.send(ex, 200, "text/html", "<p>fresh</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchRequest request = request(server.url("/page"), 5000);
        request.etag = "\"v7\"";
        request.lastModified = "Tue, 14 May 2024 07:30:00 GMT";

        Document doc = fetcher.fetch(request);

        assertTrue(doc.notModified);
        assertEquals(304, doc.status);
        assertEquals(0, doc.content.length);
        assertEquals("\"v7\"", doc.etag);
        assertEquals("Tue, 14 May 2024 07:30:00 GMT", doc.lastModified, "kept from the request when the 304 has none");
        assertEquals("Tue, 14 May 2024 07:30:00 GMT", server.seen("/page").get(0).headers().get("if-modified-since"));
    }

    @Test
    void unwantedContentTypeIsSkippedWithoutReadingIt() throws Exception {
        server.page("/logo.png", 200, "image/png", "not really a png");

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/logo.png"), 5000)));

        assertEquals(FetchException.Reason.UNWANTED, e.reason());
        assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }

    @Test
    void wrongCharsetDeclarationLeavesTheBytesAlone() throws Exception {
        byte[] cp1252 = "<p>Caf\u00e9 \u201cquoted\u201d</p>".getBytes(Charset.forName("windows-1252"));
        server.on("/lies", ex -> PageServer.send(ex, 200, "text/html; charset=utf-8", cp1252));
        server.on("/unknown", ex -> PageServer.send(ex, 200, "text/html; charset=x-klingon-7", cp1252));

        Document lies = fetcher.fetch(request(server.url("/lies"), 5000));
        Document unknown = fetcher.fetch(request(server.url("/unknown"), 5000));

        // the declared charset is passed on as declared; the bytes are never decoded here
        assertEquals("utf-8", lies.charset);
        assertArrayEquals(cp1252, lies.content);
        // a charset Java does not know is dropped, so the parser detects one
        assertNull(unknown.charset);
        assertArrayEquals(cp1252, unknown.content);
        assertEquals("text/html", unknown.mediaType);
    }

    @Test
    void redirectChainIsFollowedAndTheFinalUrlRecorded() throws Exception {
        server.on("/r1", ex -> PageServer.redirect(ex, 301, server.url("/r2")));
        server.on("/r2", ex -> PageServer.redirect(ex, 302, "/final?x=1#frag"));
        server.page("/final", 200, "text/html", "<p>here</p>");

        Document doc = fetcher.fetch(request(server.url("/r1"), 5000));

        assertEquals(server.url("/r1"), doc.url);
        assertEquals(server.url("/final?x=1"), doc.finalUrl);
        assertEquals(200, doc.status);
    }

    @Test
    void redirectLoopIsDetected() throws Exception {
        server.on("/a", ex -> PageServer.redirect(ex, 301, "/b"));
        server.on("/b", ex -> PageServer.redirect(ex, 307, "/a"));

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/a"), 5000)));

        assertEquals(FetchException.Reason.REDIRECTS, e.reason());
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
        assertEquals(1, server.seen("/a").size());
    }

    @Test
    void tooManyRedirectsFail() throws Exception {
        for (int i = 0; i < 8; i++) {
            int next = i + 1;
            server.on("/hop" + i, ex -> PageServer.redirect(ex, 302, "/hop" + next));
        }

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/hop0"), 5000)));

        assertEquals(FetchException.Reason.REDIRECTS, e.reason());
        assertTrue(e.getMessage().contains("more than maxRedirects 5"), e.getMessage());
        assertEquals(6, server.all().stream().filter(s -> s.path().startsWith("/hop")).count());
    }

    @Test
    void redirectToADisallowedPathIsCheckedAgainstRobots() throws Exception {
        server.robots("User-agent: *\nDisallow: /members/\n");
        server.on("/story", ex -> PageServer.redirect(ex, 302, "/members/login"));

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url("/story"), 5000)));

        assertEquals(FetchException.Reason.DISALLOWED, e.reason());
        assertTrue(server.seen("/members/login").isEmpty());
    }

    @Test
    void notFoundGoneAndForbiddenAreFinal() throws Exception {
        server.page("/gone", 410, "text/html", "gone");
        server.page("/secret", 403, "text/html", "no");

        for (String path : List.of("/missing", "/gone", "/secret")) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(server.url(path), 5000)));
            assertEquals(FetchException.Reason.HTTP_STATUS, e.reason(), path);
            assertTrue(e.getMessage().contains(server.url(path)), e.getMessage());
        }
    }

    @Test
    void malformedAndForeignUrlsFailClearly() {
        for (String url : List.of("not a url", "ftp://example.com/x", "http:///nohost", "")) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(url, 1000)));
            assertEquals(FetchException.Reason.OTHER, e.reason(), url);
        }
    }

    @Test
    void connectionRefusedIsRetriedLater() throws Exception {
        String url;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            url = "http://127.0.0.1:" + s.getLocalPort() + "/x";
        }
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(request(url, 3000)));
        assertEquals(FetchException.Reason.RETRY_LATER, e.reason(), e.getMessage());
    }
}
