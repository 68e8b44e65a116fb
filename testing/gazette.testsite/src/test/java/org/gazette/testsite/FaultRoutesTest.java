package org.gazette.testsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xml.sax.SAXParseException;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultRoutesTest {

    private final Http http = new Http();
    private NewsSite site;

    @BeforeAll
    void start() {
        site = NewsSite.builder().host("127.0.0.1").articles(30).faults(true).start();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    private String fault(String name) {
        String url = site.faultUrls().get(name);
        assertTrue(url != null, name);
        return url;
    }

    @Test
    void faultFeedLinksEveryPageFault() throws Exception {
        assertEquals(List.of("429", "503-burst", "stall", "reset", "redirect-loop", "redirect-chain", "huge", "gzip-bomb",
                "wrong-charset", "not-html", "xml-bomb", "xxe", "404"), List.copyOf(site.faultUrls().keySet()));
        HttpResponse<byte[]> response = http.get(site.baseUrl() + "/feeds/faults.rss");
        var links = Http.parseXml(response.body()).getElementsByTagName("link");
        List<String> linked = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            linked.add(links.item(i).getTextContent());
        }
        site.faultUrls().forEach((name, url) -> assertEquals(!name.startsWith("x"), linked.contains(url), name));
        assertFalse(site.articleUrls().stream().anyMatch(site.faultUrls()::containsValue));
    }

    @Test
    void tooManyRequestsOnceWithRetryAfterThenTheArticle() {
        HttpResponse<byte[]> first = http.get(fault("429"));
        assertEquals(429, first.statusCode());
        assertEquals("2", first.headers().firstValue("Retry-After").orElseThrow());
        HttpResponse<byte[]> second = http.get(fault("429"));
        assertEquals(200, second.statusCode());
        assertTrue(html(second).contains("<link rel=\"canonical\" href=\"" + site.faultArticleUrls().get("429") + "\">"));
    }

    @Test
    void serviceUnavailableTwiceThenTheArticle() {
        assertEquals(503, http.get(fault("503-burst")).statusCode());
        assertEquals(503, http.get(fault("503-burst")).statusCode());
        HttpResponse<byte[]> third = http.get(fault("503-burst"));
        assertEquals(200, third.statusCode());
        assertTrue(html(third).contains("\"@type\": \"NewsArticle\""));
    }

    /** Uses a raw socket so that the client's read timeout is exact; another request is answered meanwhile. */
    @Test
    void stallSendsPartOfTheBodyThenNothingWithoutBlockingOtherRequests() throws Exception {
        URI uri = URI.create(fault("stall"));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            int received = 0;
            String head = null;
            try {
                while (true) {
                    int n = in.read(buffer, received, buffer.length - received);
                    if (n < 0) {
                        break;
                    }
                    received += n;
                    String text = new String(buffer, 0, received, StandardCharsets.ISO_8859_1);
                    if (head == null && text.contains("\r\n\r\n")) {
                        head = text.substring(0, text.indexOf("\r\n\r\n"));
                    }
                }
                throw new AssertionError("the stream ended instead of stalling");
            } catch (SocketTimeoutException expected) {
                // stalled
            }
            assertTrue(head != null && head.startsWith("HTTP/1.1 200"), String.valueOf(head));
            long declared = Long.parseLong(head.replaceAll("(?is).*content-length:\\s*(\\d+).*", "$1"));
            int bodyReceived = received - head.length() - 4;
            assertTrue(bodyReceived > 0 && bodyReceived < declared, bodyReceived + " of " + declared);
            // the stalled response holds one worker; others are still served
            assertEquals(200, http.get(site.baseUrl() + "/robots.txt").statusCode());
        }
    }

    @Test
    void resetCutsTheBodyShortOfItsContentLength() throws Exception {
        String url = fault("reset");
        assertEquals(200, http.get(URI.create(url).resolve("/robots.txt").toString()).statusCode(), "robots.txt on the reset port");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> http.get(url));
        assertTrue(e.getCause() instanceof IOException, e.toString());
        assertTrue(Http.await(() -> site.accessLog().stream().anyMatch(a -> a.path().equals("/faults/reset.html")),
                Duration.ofSeconds(5)), "logged");
    }

    @Test
    void redirectLoopGoesRoundAndRound() {
        String a = fault("redirect-loop");
        HttpResponse<byte[]> first = http.get(a);
        assertEquals(302, first.statusCode());
        String b = URI.create(a).resolve(first.headers().firstValue("Location").orElseThrow()).toString();
        HttpResponse<byte[]> second = http.get(b);
        assertEquals(302, second.statusCode());
        assertEquals(a, URI.create(b).resolve(second.headers().firstValue("Location").orElseThrow()).toString());
    }

    @Test
    void redirectChainTakesThreeHopsToAnArticle() {
        String url = fault("redirect-chain");
        int hops = 0;
        HttpResponse<byte[]> response = http.get(url);
        while (response.statusCode() / 100 == 3) {
            url = URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            response = http.get(url);
            hops++;
        }
        assertEquals(3, hops);
        assertEquals(200, response.statusCode());
        assertEquals(site.faultArticleUrls().get("redirect-chain"), url);
        assertTrue(html(response).contains("<link rel=\"canonical\" href=\"" + url + "\">"));
    }

    @Test
    void hugeStreamsAHundredMegabytesChunked() throws Exception {
        HttpResponse<InputStream> response = http.stream(fault("huge"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "no length to trust");
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        long total = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
            }
        }
        assertEquals(100L * 1024 * 1024, total);
    }

    @Test
    void gzipBombIsSmallOnTheWireAndInflatesToAGigabyte() throws Exception {
        HttpResponse<byte[]> response = http.get(fault("gzip-bomb"));
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(response.body().length < 2 * 1024 * 1024, "wire size " + response.body().length);
        long inflated = 0;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()), 1 << 16)) {
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                inflated += n;
            }
        } // the trailer's CRC and size are checked at the end of the stream
        assertTrue(inflated >= 1024L * 1024 * 1024, "inflated " + inflated);
    }

    @Test
    void wrongCharsetIsUtf8LabelledIso88591() throws Exception {
        HttpResponse<byte[]> response = http.get(fault("wrong-charset"));
        assertEquals("text/html; charset=iso-8859-1", response.headers().firstValue("Content-Type").orElseThrow());
        String html = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(response.body())).toString(); // valid UTF-8 ...
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.chars().anyMatch(c -> c > 127), "... with characters that ISO-8859-1 would garble");
        NewsSite.Story story = site.story(site.faultArticleUrls().get("wrong-charset"));
        assertTrue(html.contains(Markup.xml(story.headline())));
    }

    @Test
    void notHtmlIsAPdf() {
        HttpResponse<byte[]> response = http.get(fault("not-html"));
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        String pdf = new String(response.body(), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-1.4") && pdf.endsWith("%%EOF\n"));
    }

    @Test
    void xmlBombFeedDeclaresNestedEntities() {
        HttpResponse<byte[]> response = http.get(fault("xml-bomb"));
        assertEquals(200, response.statusCode());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("<!ENTITY lol \"lol\">"));
        assertTrue(text.contains("<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">"));
        assertTrue(text.contains("<title>&lol9;</title>"));
        assertTrue(response.body().length < 4_096, "small on the wire");
        assertThrows(SAXParseException.class, () -> Http.parseXml(response.body()), "a safe parser refuses the DOCTYPE");
    }

    @Test
    void xxeFeedReferencesALocalFile() {
        HttpResponse<byte[]> response = http.get(fault("xxe"));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"));
        assertTrue(text.contains("&xxe;"));
        assertThrows(SAXParseException.class, () -> Http.parseXml(response.body()));
    }

    @Test
    void goneIsNotFound() {
        assertEquals(404, http.get(fault("404")).statusCode());
    }

    @Test
    void faultArticlesAreKnownStories() {
        assertEquals(List.of("429", "503-burst", "redirect-chain", "wrong-charset"), List.copyOf(site.faultArticleUrls().keySet()));
        for (Map.Entry<String, String> e : site.faultArticleUrls().entrySet()) {
            assertEquals(e.getValue(), site.story(e.getValue()).url(), e.getKey());
        }
    }

    private static String html(HttpResponse<byte[]> response) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(response.body())).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }
}
