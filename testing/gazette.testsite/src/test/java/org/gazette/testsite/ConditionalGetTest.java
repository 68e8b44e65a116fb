package org.gazette.testsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionalGetTest {

    private final Http http = new Http();
    private NewsSite site;

    @BeforeAll
    void start() {
        site = NewsSite.builder().articles(20).start();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void ifNoneMatchAndIfModifiedSinceGiveNotModified() {
        String url = site.articleUrls().get(2);
        HttpResponse<byte[]> first = http.get(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> byTag = http.get(url, "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(etag, byTag.headers().firstValue("ETag").orElseThrow());

        assertEquals(304, http.get(url, "If-Modified-Since", lastModified).statusCode());
        assertEquals(304, http.get(url, "If-None-Match", "\"other\", " + etag).statusCode());
        assertEquals(200, http.get(url, "If-None-Match", "\"other\"").statusCode());
        String earlier = Markup.httpDate(ZonedDateTime.parse(lastModified, Markup.HTTP_DATE).toInstant().minusSeconds(1));
        assertEquals(200, http.get(url, "If-Modified-Since", earlier).statusCode());
        assertEquals(200, http.get(url, "If-Modified-Since", "not a date").statusCode());
        // If-None-Match wins over If-Modified-Since
        assertEquals(200, http.get(url, "If-None-Match", "\"other\"", "If-Modified-Since", lastModified).statusCode());
    }

    @Test
    void feedsAndSitemapsAreConditionalToo() {
        for (String path : new String[] {"/feeds/world.rss", "/feeds/science.rdf", "/feeds/culture.atom", "/sitemaps/news.xml",
            "/sitemaps/archive.xml.gz", "/robots.txt", "/"}) {
            HttpResponse<byte[]> first = http.get(site.baseUrl() + path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(first.headers().firstValue("Last-Modified").isPresent(), path);
            assertEquals(304, http.get(site.baseUrl() + path, "If-None-Match", etag).statusCode(), path);
        }
    }

    @Test
    void changeGivesANewEtagALaterLastModifiedAndANewBody() {
        String url = site.articleUrls().get(4);
        HttpResponse<byte[]> before = http.get(url);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        Instant modified = ZonedDateTime.parse(before.headers().firstValue("Last-Modified").orElseThrow(), Markup.HTTP_DATE)
                .toInstant();
        String atomTag = http.get(site.baseUrl() + "/feeds/culture.atom").headers().firstValue("ETag").orElseThrow();

        site.change(url);

        HttpResponse<byte[]> after = http.get(url, "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        Instant changed = ZonedDateTime.parse(after.headers().firstValue("Last-Modified").orElseThrow(), Markup.HTTP_DATE)
                .toInstant();
        assertTrue(changed.isAfter(modified), changed + " after " + modified);
        String html = new String(after.body(), StandardCharsets.ISO_8859_1);
        assertTrue(html.contains("<p>Update 1, "), "the update paragraph");
        assertTrue(site.story(url).paragraphs().get(0).startsWith("Update 1, "));
        assertEquals(200, http.get(url, "If-Modified-Since", Markup.httpDate(modified)).statusCode());
        assertNotEquals(atomTag, http.get(site.baseUrl() + "/feeds/culture.atom").headers().firstValue("ETag").orElseThrow(),
                "the Atom feed shows the new updated time");

        site.change(url + "?utm_source=rss");
        assertTrue(site.story(url).paragraphs().get(0).startsWith("Update 2, "));
        assertEquals(1, site.story(url).paragraphs().stream().filter(p -> p.startsWith("Update ")).count());
    }

    @Test
    void changeRejectsUrlsThatAreNotArticles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> site.change(site.baseUrl() + "/world/"));
        assertTrue(e.getMessage().startsWith("articleUrl:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> site.change("http://elsewhere.test/2024/01/01/x.html"));
    }

    @Test
    void gzipWhenAcceptedWithAWeakEtagThatStillValidates() {
        String url = site.articleUrls().get(0);
        HttpResponse<byte[]> identity = http.get(url);
        assertTrue(identity.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> gzipped = http.get(url, "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElseThrow());
        assertArrayEquals(identity.body(), Http.gunzip(gzipped.body()));
        String weak = gzipped.headers().firstValue("ETag").orElseThrow();
        assertEquals("W/" + identity.headers().firstValue("ETag").orElseThrow(), weak);
        assertEquals(304, http.get(url, "Accept-Encoding", "gzip", "If-None-Match", weak).statusCode());
        assertEquals(304, http.get(url, "If-None-Match", weak).statusCode());
        assertTrue(http.get(url, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> feed = http.get(site.baseUrl() + "/feeds/world.rss", "Accept-Encoding", "gzip");
        assertEquals("gzip", feed.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(new String(Http.gunzip(feed.body()), StandardCharsets.UTF_8).startsWith("<?xml"));
    }
}
