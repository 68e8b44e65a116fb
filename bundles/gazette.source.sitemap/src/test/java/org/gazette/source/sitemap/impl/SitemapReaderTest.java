package org.gazette.source.sitemap.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SitemapReaderTest {

    private static final URI BASE = URI.create("https://www.harbourtimes.example/sitemaps/");
    private final SitemapReader reader = new SitemapReader();

    private Sitemap read(String fixture) throws SitemapFormatException {
        return reader.read(Fixtures.bytes(fixture), BASE.resolve(fixture));
    }

    @Test
    void readsASitemapIndexWithLastmods() throws Exception {
        Sitemap.Index index = (Sitemap.Index) read("sitemap-index.xml");

        assertEquals(List.of(
                new Sitemap.Child(BASE.resolve("pages-2024-05.xml.gz"), OffsetDateTime.parse("2024-05-14T06:00:00Z")),
                new Sitemap.Child(BASE.resolve("news.xml"), OffsetDateTime.parse("2024-05-14T11:50:00Z")),
                new Sitemap.Child(BASE.resolve("pages-2023-11.xml.gz"), OffsetDateTime.parse("2023-11-30T23:59:00Z"))),
                index.children());
    }

    @Test
    void readsGoogleNewsEntries() throws Exception {
        List<Sitemap.Entry> entries = ((Sitemap.UrlSet) read("news.xml")).entries();

        assertEquals(4, entries.size());
        Sitemap.Entry ferry = entries.get(0);
        assertEquals("https://www.harbourtimes.example/news/2024/05/14/ferry-timetable-changes", ferry.url());
        assertEquals("Ferry timetable changes for the summer season", ferry.newsTitle());
        assertEquals(OffsetDateTime.parse("2024-05-14T09:40:00+01:00"), ferry.newsPublished());
        assertEquals("en", ferry.newsLanguage());
        assertEquals("The Harbour Times", ferry.newsPublication());
        assertEquals(List.of("ferries", "transport", "summer"), ferry.newsKeywords());
        assertNull(ferry.lastModified());
        assertEquals(ferry.newsPublished(), ferry.date());

        Sitemap.Entry regatta = entries.get(2);
        assertEquals(OffsetDateTime.parse("2024-05-08T18:00:00Z"), regatta.date(), "the news date wins over lastmod");
        assertEquals("ftp://files.harbourtimes.example/press-kit.zip", entries.get(3).url());
    }

    @Test
    void readsPlainAndTextSitemaps() throws Exception {
        List<Sitemap.Entry> pages = ((Sitemap.UrlSet) read("pages-2024-05.xml")).entries();
        assertEquals(3, pages.size());
        assertEquals(OffsetDateTime.parse("2024-01-02T00:00:00Z"), pages.get(1).lastModified());
        assertNull(pages.get(2).date());

        List<Sitemap.Entry> text = ((Sitemap.UrlSet) read("urls.txt")).entries();
        assertEquals(List.of("https://www.harbourtimes.example/news/plain-1", "https://www.harbourtimes.example/news/plain-2"),
                text.stream().map(Sitemap.Entry::url).toList());
    }

    @Test
    void refusesEntityBombsAndExternalEntities() {
        for (String fixture : List.of("bomb.xml", "xxe.xml")) {
            SitemapFormatException e = assertThrows(SitemapFormatException.class, () -> read(fixture));
            assertTrue(e.getMessage().startsWith("not well-formed XML at line 2"), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
        }
    }

    @Test
    void reportsMalformedXmlWithItsPosition() {
        SitemapFormatException e = assertThrows(SitemapFormatException.class, () -> read("malformed.xml"));
        assertTrue(e.getMessage().startsWith("not well-formed XML at line 6"), e.getMessage());
    }

    @Test
    void refusesWhatIsNotASitemap() {
        SitemapFormatException e = assertThrows(SitemapFormatException.class,
                () -> reader.read(new byte[] {0, 1, 2, 3, (byte) 0xff}, BASE.resolve("x.bin")));
        assertTrue(e.getMessage().contains("x.bin"), e.getMessage());
    }

    @Test
    void gzipIsDecompressedWithinTheLimit() throws Exception {
        byte[] plain = Fixtures.bytes("news.xml");
        assertArrayEquals(plain, Gzip.decompressIfGzip(Fixtures.gzip(plain), 1 << 20, "maxBytes 1MB"));
        assertSame(plain, Gzip.decompressIfGzip(plain, 1 << 20, "maxBytes 1MB"));

        byte[] bomb = Fixtures.gzip(new byte[4 << 20]);
        IOException tooBig = assertThrows(IOException.class, () -> Gzip.decompressIfGzip(bomb, 1024, "maxBytes 1KB (1024 bytes)"));
        assertEquals("it is " + bomb.length + " bytes gzipped and decompresses to more than maxBytes 1KB (1024 bytes)", tooBig.getMessage());

        byte[] truncated = Arrays.copyOf(Fixtures.gzip(plain), 40);
        IOException corrupt = assertThrows(IOException.class, () -> Gzip.decompressIfGzip(truncated, 1 << 20, "x"));
        assertTrue(corrupt.getMessage().startsWith("it is not valid gzip"), corrupt.getMessage());
    }

    @Test
    void robotsTxtSitemapLinesAreRead() {
        URI robots = URI.create("https://www.harbourtimes.example/robots.txt");
        assertEquals(List.of(URI.create("https://www.harbourtimes.example/sitemaps/news.xml"),
                URI.create("https://www.harbourtimes.example/sitemaps/sitemap-index.xml")),
                RobotsSitemaps.sitemaps(Fixtures.bytes("robots.txt"), robots));
        assertEquals(List.of(), RobotsSitemaps.sitemaps("User-agent: *\nDisallow:\n".getBytes(UTF_8), robots));
    }

    @Test
    void siteRootsAndRobotsUrlsAreRecognised() {
        assertEquals(URI.create("https://a.example/robots.txt"), SitemapPoll.robotsUrl(URI.create("https://a.example")));
        assertEquals(URI.create("https://a.example/robots.txt"), SitemapPoll.robotsUrl(URI.create("https://a.example/")));
        assertEquals(URI.create("https://a.example/robots.txt"), SitemapPoll.robotsUrl(URI.create("https://a.example/robots.txt")));
        assertNull(SitemapPoll.robotsUrl(URI.create("https://a.example/sitemap.xml")));
    }
}
