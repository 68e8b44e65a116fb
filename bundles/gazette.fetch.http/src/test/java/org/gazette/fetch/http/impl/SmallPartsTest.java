package org.gazette.fetch.http.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;

/** Host keys, content types, redirects, backoff and decompression on their own. */
class SmallPartsTest {

    @Test
    void hostKeyIsSchemeHostAndPort() {
        HostKey key = HostKey.of(URI.create("HTTPS://News.Example.COM/a?b"));
        assertEquals(new HostKey("https", "news.example.com", 443), key);
        assertEquals("https://news.example.com/robots.txt", key.robotsUri().toString());
        assertEquals("http://example.com:8080", HostKey.of(URI.create("http://example.com:8080/")).origin());
        assertEquals(HostKey.of(URI.create("http://example.com/")), HostKey.of(URI.create("http://example.com:80/x")));
        assertThrows(IllegalArgumentException.class, () -> HostKey.of(URI.create("ftp://example.com/")));
        assertThrows(IllegalArgumentException.class, () -> HostKey.of(URI.create("http:/nohost")));
    }

    @Test
    void contentTypeIsReadLeniently() {
        assertEquals(new ContentType("text/html", "utf-8"), ContentType.parse("Text/HTML; charset=\"utf-8\""));
        assertEquals(new ContentType("application/xhtml+xml", "ISO-8859-1"), ContentType.parse("application/xhtml+xml;charset='ISO-8859-1';q=1"));
        assertEquals(new ContentType("text/html", null), ContentType.parse("text/html; charset=x-no-such-charset"));
        assertEquals(new ContentType("text/html", null), ContentType.parse("text/html; charset=\"bad name!\""));
        assertEquals(new ContentType(null, null), ContentType.parse(null));
        assertEquals(new ContentType(null, null), ContentType.parse("html"));
    }

    @Test
    void acceptedTypesMatchExactlyByTypeOrAnything() {
        AcceptedTypes types = AcceptedTypes.parse("acceptedTypes", new String[] {"text/html", "application/*", " "});
        assertTrue(types.accepts("text/html"));
        assertTrue(types.accepts("application/rss+xml"));
        assertFalse(types.accepts("text/plain"));
        assertFalse(types.accepts(null));
        assertTrue(AcceptedTypes.parse("acceptedTypes", new String[] {"*/*"}).accepts(null));
        assertEquals("text/html, application/*", types.acceptHeader());
    }

    @Test
    void redirectTargetsAreResolvedAndCleaned() {
        URI base = URI.create("http://example.com/news/a.html");
        assertEquals(URI.create("http://example.com/news/b.html"), Redirects.resolve(base, "b.html"));
        assertEquals(URI.create("https://other.example/x?y=1"), Redirects.resolve(base, "https://other.example/x?y=1#top"));
        assertEquals(URI.create("http://example.com/caf%C3%A9%20menu"), Redirects.resolve(base, "/caf\u00e9 menu"));
        assertEquals(URI.create("http://example.com/"), Redirects.resolve(base, "http://example.com"));
        assertNull(Redirects.resolve(base, "mailto:editor@example.com"));
        assertNull(Redirects.resolve(base, " "));
    }

    @Test
    void backoffDoublesUpToItsMaximumWithJitterBelowIt() {
        FetchSettings settings = FetchSettings.of(TestSupport.config("backoffBase", "1s", "backoffMax", "5s", "backoffJitter", 0.5));
        Backoff none = new Backoff(settings, () -> 0.0);
        Backoff most = new Backoff(settings, () -> 0.999);
        assertEquals(List.of(1000L, 2000L, 4000L, 5000L, 5000L), List.of(none.delayMillis(0), none.delayMillis(1),
                none.delayMillis(2), none.delayMillis(3), none.delayMillis(100)));
        assertEquals(501, most.delayMillis(0));
        assertTrue(most.delayMillis(1) >= none.delayMillis(0), "with jitter, later attempts never wait less");
        assertTrue(none.exhausted(3));
        assertFalse(none.exhausted(2));
    }

    @Test
    void retryAfterReadsSecondsAndDatesAndIsCapped() {
        Backoff backoff = new Backoff(FetchSettings.of(TestSupport.config("maxRetryAfter", "1h")));
        Instant now = Instant.parse("2024-05-14T07:30:00Z");
        assertEquals(OptionalLong.of(120_000), backoff.retryAfterMillis("120", now));
        assertEquals(OptionalLong.of(3_600_000), backoff.retryAfterMillis("86400", now));
        assertEquals(OptionalLong.of(3_600_000), backoff.retryAfterMillis("99999999999999999999", now));
        String inFiveMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(300).atOffset(ZoneOffset.UTC));
        assertEquals(OptionalLong.of(300_000), backoff.retryAfterMillis(inFiveMinutes, now));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minusSeconds(300).atOffset(ZoneOffset.UTC));
        assertEquals(OptionalLong.of(0), backoff.retryAfterMillis(past, now));
        assertEquals(OptionalLong.empty(), backoff.retryAfterMillis("soon", now));
        assertEquals(OptionalLong.empty(), backoff.retryAfterMillis(null, now));
    }

    @Test
    void decodingUndoesCodingsAndStopsAtTheLimit() throws Exception {
        byte[] text = "news ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            out.write(text);
        }
        List<String> deflate = ContentEncodings.codings(List.of("identity, deflate"));
        assertEquals(List.of("deflate"), deflate);
        assertArrayEquals(text, ContentEncodings.decode(deflate, raw.toByteArray(), 10_000, false), "raw deflate is accepted too");
        assertEquals(100, ContentEncodings.decode(deflate, raw.toByteArray(), 100, true).length);
        assertThrows(BodyTooLarge.class, () -> ContentEncodings.decode(deflate, raw.toByteArray(), 100, false));
        assertThrows(ContentEncodings.Unsupported.class, () -> ContentEncodings.decode(List.of("br"), text, 10_000, false));
        assertThrows(BodyTooLarge.class, () -> ContentEncodings.decode(List.of(), text, 100, false));
    }

    @Test
    void robotsAgentIsTheUserAgentsProductToken() {
        assertEquals("gazettebot", FetchSettings.robotsAgent("GazetteBot/0.1 (+https://example.invalid/gazette)"));
        assertEquals("news_hound", FetchSettings.robotsAgent("news_hound"));
        assertEquals("my-crawler", FetchSettings.robotsAgent("My-Crawler 2.0"));
    }
}
