package org.gazette.source.feed.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gazette.api.FetchException;
import org.gazette.api.model.SourceItem;
import org.gazette.testkit.FakeContext;
import org.gazette.testkit.FakeFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {

    private static final String FEED = "https://ledger.example.org/feed/";
    private static final List<String> LEDGER_LINKS = List.of(
            "https://ledger.example.org/2024/05/14/council-bridge-budget/",
            "https://ledger.example.org/2024/05/13/library-hours/",
            "https://ledger.example.org/2024/05/12/wet-weekend/");

    @TempDir
    Path dir;

    private final FakeContext context = new FakeContext();
    private final FakeFetcher fetcher = new FakeFetcher();

    private FeedSource httpSource(FeedSource.Config config) {
        FeedSource source = new FeedSource(config);
        source.fetchers = fetcher.asService("http", "https");
        return source;
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void emitsEachEntryWithItsHintsAndRejectsTheBrokenOne() throws Exception {
        fetcher.serve(FEED, Fixtures.bytes("rss2-news.xml"), "\"v1\"");

        httpSource(TestConfig.of(FEED)).poll(context);

        assertEquals(LEDGER_LINKS, context.emittedUrls());
        SourceItem first = context.emitted.get(0);
        assertEquals("Council approves new bridge budget", first.title);
        assertEquals("The council voted 7 to 2 to fund the new river crossing. Work starts in autumn.", first.summary);
        assertEquals(List.of("Maria Okafor", "Tom Reyes"), first.authors);
        assertEquals("2024-05-14T08:30:00+02:00", first.published);
        assertEquals("en-GB", first.language);
        assertNull(first.content, "the article is fetched by the engine, not carried inline");
        assertEquals(Map.of("feed.url", FEED, "feed.format", "RSS 2.0", "feed.title", "The Riverton Ledger – Local news",
                "feed.entry.id", "https://ledger.example.org/?p=48211", "feed.categories", "Politics, Infrastructure"),
                first.properties);
        assertEquals(1, context.rejected.size());
        FakeContext.Rejected rejected = context.rejected.get(0);
        assertEquals(FEED + "#entry-4", rejected.url());
        assertEquals("entry 4 of " + FEED + ": the link 'javascript:alert(1)' is not an http(s) URL", rejected.reason());
    }

    @Test
    void aQuietFeedEmitsNothingNewAndSendsConditionalHeaders() throws Exception {
        fetcher.serve(FEED, Fixtures.bytes("rss2-news.xml"), "\"v1\"");
        FeedSource source = httpSource(TestConfig.of(FEED));
        source.poll(context);

        source.poll(context.nextPoll());

        assertEquals(List.of(), context.emitted, "not modified: nothing emitted");
        assertEquals(List.of(), context.rejected);
        assertEquals(2, fetcher.requests.size());
        assertNull(fetcher.requests.get(0).etag);
        assertEquals("\"v1\"", fetcher.requests.get(1).etag);
        assertEquals("Tue, 14 May 2024 09:00:00 GMT", fetcher.requests.get(1).lastModified);
        assertEquals("test", fetcher.requests.get(1).sourceId);
        assertEquals(5L << 20, fetcher.requests.get(1).maxBytes);
        assertEquals(30_000L, fetcher.requests.get(1).timeoutMillis);

        // the same entries served again without validators (a server that ignores them): still nothing new
        fetcher.serve(FEED, Fixtures.bytes("rss2-news.xml"), "\"v2\"");
        source.poll(context.nextPoll());
        assertEquals(List.of(), context.emitted);
        assertEquals(List.of(), context.rejected, "the broken entry is reported once, not on every poll");
    }

    @Test
    void onlyNewEntriesAreEmittedWhenTheFeedChanges() throws Exception {
        String one = "<rss><channel><item><link>https://n.example/1</link></item></channel></rss>";
        String two = "<rss><channel><item><link>https://n.example/2</link></item><item><link>https://n.example/1</link></item></channel></rss>";
        fetcher.serve("https://n.example/feed", one.getBytes(UTF_8), "\"a\"");
        FeedSource source = httpSource(TestConfig.of("https://n.example/feed"));
        source.poll(context);
        fetcher.serve("https://n.example/feed", two.getBytes(UTF_8), "\"b\"");

        source.poll(context.nextPoll());

        assertEquals(List.of("https://n.example/2"), context.emittedUrls());
    }

    @Test
    void relativeLinksResolveAgainstTheFinalUrlAfterARedirect() throws Exception {
        String feed = "<rss><channel><item><link>story/7</link></item></channel></rss>";
        fetcher.serve("https://n.example/feed", feed.getBytes(UTF_8), null);
        fetcher.redirectTo = "https://www.n.example/news/feed";

        httpSource(TestConfig.of("https://n.example/feed")).poll(context);

        assertEquals(List.of("https://www.n.example/news/story/7"), context.emittedUrls());
    }

    @Test
    void aPollCutShortByMaxItemsContinuesNextTimeWithAFullDownload() throws Exception {
        fetcher.serve(FEED, Fixtures.bytes("rss2-news.xml"), "\"v1\"");
        FeedSource source = httpSource(TestConfig.of(FEED, "gazette.source.maxItems", 2));
        context.acceptBeforeCancel = 2; // what the engine does with gazette.source.maxItems=2

        source.poll(context);
        assertEquals(LEDGER_LINKS.subList(0, 2), context.emittedUrls());
        assertNull(context.values.get("http.etag"), "validators dropped so the next poll is not answered 304");

        context.acceptBeforeCancel = Integer.MAX_VALUE;
        context.cancelled = false;
        source.poll(context.nextPoll());
        assertNull(fetcher.requests.get(1).etag);
        assertEquals(LEDGER_LINKS.subList(2, 3), context.emittedUrls());
        assertEquals("\"v1\"", context.values.get("http.etag"));
    }

    @Test
    void aCancelledPollEmitsNothing() throws Exception {
        fetcher.serve(FEED, Fixtures.bytes("rss2-news.xml"), "\"v1\"");
        context.cancelled = true;

        httpSource(TestConfig.of(FEED)).poll(context);

        assertEquals(List.of(), context.emitted);
    }

    @Test
    void anItemTheEngineRefusesIsRejectedAndThePollGoesOn() throws Exception {
        fetcher.serve(FEED, Fixtures.bytes("rss2-news.xml"), "\"v1\"");
        context.refuse = item -> item.url.endsWith("library-hours/");

        httpSource(TestConfig.of(FEED)).poll(context);

        assertEquals(List.of(LEDGER_LINKS.get(0), LEDGER_LINKS.get(2)), context.emittedUrls());
        assertEquals("not accepted by the engine: item too large", context.rejected.get(0).reason());
    }

    @Test
    void readsFileFeedsDirectly() throws Exception {
        Path feed = file("atom.xml", Fixtures.bytes("atom-base.xml"));
        FeedSource source = new FeedSource(TestConfig.of(feed.toUri().toString()));

        source.poll(context);

        assertEquals(List.of("https://journal.example.com/fr/2024/05/marche-couvert",
                "https://journal.example.com/en/culture/harbour-festival",
                "https://journal.example.com/api/entries/993"), context.emittedUrls());
        assertEquals("fr-CA", context.emitted.get(0).language);
        assertEquals("en", context.emitted.get(1).language);
        source.poll(context.nextPoll());
        assertEquals(List.of(), context.emitted);
    }

    @Test
    void anXmlBombFailsThePollNamingTheFeed() throws Exception {
        Path bomb = file("bomb.xml", Fixtures.bytes("bomb.xml"));
        FeedSource source = new FeedSource(TestConfig.of(bomb.toUri().toString()));

        IOException e = assertThrows(IOException.class, () -> source.poll(context));

        assertTrue(e.getMessage().startsWith("cannot read the feed " + bomb.toUri() + ": the document declares entities"), e.getMessage());
        assertEquals(List.of(), context.emitted);
    }

    @Test
    void anExternalEntityFailsThePollAndNothingOfTheFileLeaks() throws Exception {
        fetcher.serve("https://evil.example.org/feed", Fixtures.bytes("xxe.xml"), null);

        IOException e = assertThrows(IOException.class, () -> httpSource(TestConfig.of("https://evil.example.org/feed")).poll(context));

        assertTrue(e.getMessage().contains("https://evil.example.org/feed"), e.getMessage());
        assertTrue(e.getMessage().contains("declares entities"), e.getMessage());
        assertEquals(List.of(), context.emitted);
    }

    @Test
    void malformedXmlFailsThePollNamingTheFeedAndTheProblem() throws Exception {
        fetcher.serve("https://broken.example.org/feed", Fixtures.bytes("malformed.xml"), "\"m\"");

        IOException e = assertThrows(IOException.class,
                () -> httpSource(TestConfig.of("https://broken.example.org/feed")).poll(context));

        assertTrue(e.getMessage().startsWith("cannot read the feed https://broken.example.org/feed: not well-formed XML at line 8"),
                e.getMessage());
        assertEquals(Map.of(), context.values, "a failed poll stores nothing");
    }

    @Test
    void withoutAFetcherForTheSchemeThePollFailsClearly() {
        FeedSource source = new FeedSource(TestConfig.of(FEED));
        source.fetchers = fetcher.asService("ftp");

        IOException e = assertThrows(IOException.class, () -> source.poll(context));

        assertEquals("cannot fetch " + FEED + ": no fetcher for 'https' URLs is available"
                + " (install a fetcher bundle such as gazette.fetch.http)", e.getMessage());
    }

    @Test
    void aFetchFailureFailsThePollWithItsReason() {
        fetcher.failure = new FetchException(FetchException.Reason.DISALLOWED, "robots.txt of ledger.example.org disallows /feed/");

        IOException e = assertThrows(IOException.class, () -> httpSource(TestConfig.of(FEED)).poll(context));

        assertEquals("cannot fetch " + FEED + " (DISALLOWED): robots.txt of ledger.example.org disallows /feed/", e.getMessage());
    }

    @Test
    void aFeedLargerThanMaxBytesFailsThePoll() throws Exception {
        Path feed = file("big.xml", Fixtures.bytes("rss2-news.xml"));
        FeedSource source = new FeedSource(TestConfig.of(feed.toUri().toString(), "maxBytes", "1KB"));

        IOException e = assertThrows(IOException.class, () -> source.poll(context));

        assertEquals(feed.toUri() + " is " + Files.size(feed) + " bytes, more than maxBytes 1KB (1024 bytes)", e.getMessage());
    }

    @Test
    void aMissingFileFailsThePoll() {
        String url = dir.resolve("absent.xml").toUri().toString();
        IOException e = assertThrows(IOException.class, () -> new FeedSource(TestConfig.of(url)).poll(context));
        assertEquals("cannot read " + url + ": no such file", e.getMessage());
    }

    @Test
    void theRememberedFingerprintsAreBounded() throws Exception {
        StringBuilder feed = new StringBuilder("<rss><channel>");
        for (int i = 0; i < 30; i++) {
            feed.append("<item><link>https://n.example/").append(i).append("</link></item>");
        }
        fetcher.serve("https://n.example/feed", feed.append("</channel></rss>").toString().getBytes(UTF_8), null);

        httpSource(TestConfig.of("https://n.example/feed", "remember", 10)).poll(context);

        assertEquals(30, context.emitted.size());
        assertEquals(10, context.values.get(FeedPoll.SEEN).split(" ").length);
    }
}
