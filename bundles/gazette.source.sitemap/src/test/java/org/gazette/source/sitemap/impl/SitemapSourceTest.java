package org.gazette.source.sitemap.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.FetchRequest;
import org.gazette.api.model.SourceItem;
import org.gazette.testkit.FakeContext;
import org.gazette.testkit.FakeFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapSourceTest {

    private static final String SITE = "https://www.harbourtimes.example/";
    private static final String INDEX = SITE + "sitemaps/sitemap-index.xml";
    private static final String NEWS = SITE + "sitemaps/news.xml";
    private static final String PAGES = SITE + "sitemaps/pages-2024-05.xml.gz";
    private static final String OLD_PAGES = SITE + "sitemaps/pages-2023-11.xml.gz";
    private static final String FERRY = SITE + "news/2024/05/14/ferry-timetable-changes";
    private static final String SCHOOL = SITE + "news/2024/05/13/school-roof-repairs";
    private static final String LIGHTHOUSE = SITE + "features/lighthouse-keepers";
    private static final String UNDATED = SITE + "features/undated-page";
    /** Two days after this, entries from before 2024-05-12T12:00Z are too old. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-05-14T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FakeContext context = new FakeContext();
    private final FakeFetcher fetcher = new FakeFetcher()
            .serve(INDEX, Fixtures.bytes("sitemap-index.xml"), null)
            .serve(NEWS, Fixtures.bytes("news.xml"), "\"news-1\"")
            .serve(PAGES, Fixtures.gzip(Fixtures.bytes("pages-2024-05.xml")), "\"pages-1\"")
            .serve(OLD_PAGES, Fixtures.gzip(Fixtures.bytes("pages-2024-05.xml")), null);

    private SitemapSource source(SitemapSource.Config config) {
        SitemapSource source = new SitemapSource(config, NOW);
        source.fetchers = fetcher.asService("https");
        return source;
    }

    private List<String> requested() {
        return fetcher.requests.stream().map(r -> r.url).toList();
    }

    @Test
    void followsTheIndexNewestChildFirstAndEmitsRecentNewUrls() throws Exception {
        source(TestConfig.of(INDEX)).poll(context);

        assertEquals(List.of(FERRY, SCHOOL, LIGHTHOUSE, UNDATED), context.emittedUrls());
        assertEquals(List.of(INDEX, NEWS, PAGES), requested(), "the 2023 sitemap is older than maxAge: not fetched");
        assertEquals(List.of("ftp://files.harbourtimes.example/press-kit.zip"), context.rejectedUrls());
        assertEquals("sitemap " + NEWS + " lists a URL that is not http(s)", context.rejected.get(0).reason());

        SourceItem ferry = context.emitted.get(0);
        assertEquals("Ferry timetable changes for the summer season", ferry.title);
        assertEquals("2024-05-14T09:40:00+01:00", ferry.published);
        assertEquals("en", ferry.language);
        assertEquals(Map.of("sitemap.url", NEWS, "news.publication", "The Harbour Times",
                "news.keywords", "ferries, transport, summer"), ferry.properties);
        assertEquals("en-GB", context.emitted.get(1).language);
        SourceItem lighthouse = context.emitted.get(2);
        assertNull(lighthouse.title);
        assertNull(lighthouse.published, "lastmod is not a publication date");
        assertEquals(Map.of("sitemap.url", PAGES, "sitemap.lastmod", "2024-05-14T05:30:00Z"), lighthouse.properties);
    }

    @Test
    void unchangedChildrenAreNotFetchedAgain() throws Exception {
        SitemapSource source = source(TestConfig.of(INDEX));
        source.poll(context);
        fetcher.requests.clear();

        source.poll(context.nextPoll());

        assertEquals(List.of(INDEX), requested());
        assertEquals(List.of(), context.emitted);
    }

    @Test
    void aChangedChildIsFetchedConditionallyAndOnlyItsNewUrlsAreEmitted() throws Exception {
        SitemapSource source = source(TestConfig.of(INDEX));
        source.poll(context);
        fetcher.requests.clear();
        String index = new String(Fixtures.bytes("sitemap-index.xml"), UTF_8).replace("2024-05-14T11:50:00", "2024-05-14T11:58:00");
        String news = new String(Fixtures.bytes("news.xml"), UTF_8).replace("<url>",
                "<url><loc>" + SITE + "news/2024/05/14/breaking</loc></url><url>");
        fetcher.serve(INDEX, index.getBytes(UTF_8), null).serve(NEWS, news.getBytes(UTF_8), "\"news-2\"");

        source.poll(context.nextPoll());

        assertEquals(List.of(INDEX, NEWS), requested());
        FetchRequest newsRequest = fetcher.requests.get(1);
        assertEquals("\"news-1\"", newsRequest.etag);
        assertEquals("Tue, 14 May 2024 09:00:00 GMT", newsRequest.lastModified);
        assertNull(fetcher.requests.get(0).etag, "an index is always read in full");
        assertEquals(List.of(SITE + "news/2024/05/14/breaking"), context.emittedUrls());
    }

    @Test
    void aNotModifiedChildEmitsNothing() throws Exception {
        SitemapSource source = source(TestConfig.of(NEWS));
        source.poll(context);

        source.poll(context.nextPoll());

        assertEquals("\"news-1\"", fetcher.requests.get(1).etag);
        assertEquals(List.of(), context.emitted);
    }

    @Test
    void aSiteRootIsReadThroughItsRobotsTxt() throws Exception {
        fetcher.serve(SITE + "robots.txt", Fixtures.bytes("robots.txt"), null);

        source(TestConfig.of("https://www.harbourtimes.example")).poll(context);

        assertEquals(List.of(SITE + "robots.txt", NEWS, INDEX, PAGES), requested(), "news.xml, listed twice, is read once");
        assertEquals(List.of(FERRY, SCHOOL, LIGHTHOUSE, UNDATED), context.emittedUrls());
    }

    @Test
    void aRobotsTxtWithoutSitemapsFailsThePoll() {
        fetcher.serve(SITE + "robots.txt", "User-agent: *\nDisallow: /private\n".getBytes(UTF_8), null);

        IOException e = assertThrows(IOException.class, () -> source(TestConfig.of(SITE + "robots.txt")).poll(context));

        assertEquals(SITE + "robots.txt lists no sitemaps (no 'Sitemap:' line)", e.getMessage());
    }

    @Test
    void theConfiguredSitemapFailingFailsThePoll() {
        IOException missing = assertThrows(IOException.class,
                () -> source(TestConfig.of(SITE + "sitemaps/gone.xml")).poll(context));
        assertEquals("cannot fetch " + SITE + "sitemaps/gone.xml (HTTP_STATUS): HTTP 404 for " + SITE + "sitemaps/gone.xml",
                missing.getMessage());

        fetcher.serve(SITE + "broken.xml", Fixtures.bytes("malformed.xml"), null);
        IOException malformed = assertThrows(IOException.class, () -> source(TestConfig.of(SITE + "broken.xml")).poll(context));
        assertTrue(malformed.getMessage().startsWith("cannot read the sitemap " + SITE + "broken.xml: not well-formed XML at line 6"),
                malformed.getMessage());

        fetcher.serve(SITE + "bomb.xml", Fixtures.bytes("bomb.xml"), null);
        IOException bomb = assertThrows(IOException.class, () -> source(TestConfig.of(SITE + "bomb.xml")).poll(context));
        assertTrue(bomb.getMessage().contains("DOCTYPE is disallowed"), bomb.getMessage());
        assertEquals(List.of(), context.emitted);
    }

    @Test
    void aChildFailingIsRejectedAndTheOthersAreRead() throws Exception {
        fetcher.serve(NEWS, Fixtures.bytes("malformed.xml"), null);
        fetcher.serve(PAGES, Fixtures.gzip(new byte[2 << 20]), null);

        source(TestConfig.of(INDEX, "maxBytes", "1MB")).poll(context);

        assertEquals(List.of(NEWS, PAGES), context.rejectedUrls());
        assertTrue(context.rejected.get(0).reason().startsWith("cannot read the sitemap " + NEWS + ": not well-formed XML"));
        assertTrue(context.rejected.get(1).reason().startsWith("cannot read the sitemap " + PAGES + ": it is "));
        assertTrue(context.rejected.get(1).reason().endsWith("bytes gzipped and decompresses to more than maxBytes 1MB (1048576 bytes)"));
        assertNull(context.values.get(NEWS + " lastmod"), "a failed child is read again next time");
    }

    @Test
    void maxSitemapsBoundsTheFetchesOfOnePoll() throws Exception {
        source(TestConfig.of(INDEX, "maxSitemaps", 2)).poll(context);

        assertEquals(List.of(INDEX, NEWS), requested());
        assertEquals(List.of(FERRY, SCHOOL), context.emittedUrls());
    }

    @Test
    void aPollCutShortByTheEngineResumesWithTheSameChild() throws Exception {
        SitemapSource source = source(TestConfig.of(INDEX));
        context.acceptBeforeCancel = 1;
        source.poll(context);
        assertEquals(List.of(FERRY), context.emittedUrls());
        assertNull(context.values.get(NEWS + " lastmod"));

        context.acceptBeforeCancel = Integer.MAX_VALUE;
        context.cancelled = false;
        source.poll(context.nextPoll());

        assertEquals(List.of(SCHOOL, LIGHTHOUSE, UNDATED), context.emittedUrls());
    }

    @Test
    void withoutAnAgeLimitOldEntriesAndSitemapsAreRead() throws Exception {
        source(TestConfig.of(INDEX, "maxAge", "0")).poll(context);

        assertEquals(List.of(INDEX, NEWS, PAGES, OLD_PAGES), requested());
        assertTrue(context.emittedUrls().contains(SITE + "news/2024/05/08/old-regatta-report"));
        assertTrue(context.emittedUrls().contains(SITE + "about/contact"));
        assertEquals(6, context.emitted.size(), "the old sitemap repeats the pages already emitted");
    }

    @Test
    void stateOfSitemapsNoLongerListedIsForgotten() throws Exception {
        SitemapSource source = source(TestConfig.of(INDEX));
        source.poll(context);
        assertEquals("2024-05-14T06:00:00Z", context.values.get(PAGES + " lastmod"));
        String index = new String(Fixtures.bytes("sitemap-index.xml"), UTF_8).replace("pages-2024-05.xml.gz", "pages-2024-06.xml.gz");
        fetcher.serve(INDEX, index.getBytes(UTF_8), null).serve(SITE + "sitemaps/pages-2024-06.xml.gz", Fixtures.gzip(
                Fixtures.bytes("urls.txt")), null);

        source.poll(context.nextPoll());

        assertNull(context.values.get(PAGES + " lastmod"));
        assertNull(context.values.get(PAGES + " http.etag"));
        assertEquals(List.of(SITE + "news/plain-1", SITE + "news/plain-2"), context.emittedUrls());
    }

    @Test
    void fileSitemapsAreReadDirectly() throws Exception {
        Path sitemap = Files.write(dir.resolve("news.xml.gz"), Fixtures.gzip(Fixtures.bytes("news.xml")));

        new SitemapSource(TestConfig.of(sitemap.toUri().toString()), NOW).poll(context);

        assertEquals(List.of(FERRY, SCHOOL), context.emittedUrls());
    }

    @Test
    void withoutAFetcherThePollFailsClearly() {
        SitemapSource source = new SitemapSource(TestConfig.of(INDEX), NOW);

        IOException e = assertThrows(IOException.class, () -> source.poll(context));

        assertEquals("cannot fetch " + INDEX + ": no fetcher for 'https' URLs is available"
                + " (install a fetcher bundle such as gazette.fetch.http)", e.getMessage());
    }
}
