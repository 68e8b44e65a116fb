package org.gazette.source.feed.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser(new XmlLimits(64, 100_000));

    private Feed parse(String fixture, String base) throws FeedFormatException {
        return parser.parse(Fixtures.bytes(fixture), URI.create(base));
    }

    @Test
    void readsAnRss2NewsFeedWithDcCreatorCdataAndRelativeLinks() throws Exception {
        Feed feed = parse("rss2-news.xml", "https://ledger.example.org/feed/");

        assertEquals("RSS 2.0", feed.format());
        assertEquals("The Riverton Ledger – Local news", feed.title());
        assertEquals("en-gb", feed.language());
        assertEquals(4, feed.entries().size());

        FeedEntry first = feed.entries().get(0);
        assertEquals("https://ledger.example.org/2024/05/14/council-bridge-budget/", first.link());
        assertEquals("https://ledger.example.org/?p=48211", first.id());
        assertEquals("Council approves new bridge budget", first.title());
        assertEquals("The council voted 7 to 2 to fund the new river crossing. Work starts in autumn.", first.summary());
        assertEquals(List.of("Maria Okafor", "Tom Reyes"), first.authors());
        assertEquals("2024-05-14T08:30:00+02:00", first.published());
        assertEquals(List.of("Politics", "Infrastructure"), first.categories());

        FeedEntry second = feed.entries().get(1);
        assertEquals("https://ledger.example.org/2024/05/13/library-hours/", second.link());
        assertEquals(List.of("Ana Lindqvist"), second.authors());
        assertEquals("2024-05-13T17:05:00-04:00", second.published());
        assertNull(second.id());
        assertEquals(second.link(), second.identity());

        FeedEntry third = feed.entries().get(2);
        assertEquals("https://ledger.example.org/2024/05/12/wet-weekend/", third.link(), "permalink guid stands in for the link");
        assertEquals("Rain & wind from Saturday.", third.summary());
        assertEquals("2024-05-12T07:00:00Z", third.published());

        FeedEntry broken = feed.entries().get(3);
        assertNull(broken.link());
        assertTrue(broken.linkProblem().contains("'javascript:alert(1)' is not an http(s) URL"), broken.linkProblem());
        assertEquals("ledger-48190", broken.identity());
    }

    @Test
    void readsAnRss1RdfFeed() throws Exception {
        Feed feed = parse("rss1-rdf.xml", "https://wire.example.net/rss");

        assertEquals("RSS 1.0", feed.format());
        assertEquals("Example Wire", feed.title());
        assertEquals("de-DE", feed.language());
        assertEquals(2, feed.entries().size());
        FeedEntry first = feed.entries().get(0);
        assertEquals("https://wire.example.net/a/1001", first.link());
        assertEquals("https://wire.example.net/a/1001", first.id());
        assertEquals("Hafen meldet Rekordumschlag", first.title());
        assertEquals(List.of("Redaktion Wirtschaft"), first.authors());
        assertEquals("2024-05-14T10:15:00+02:00", first.published());
        assertEquals(List.of("Wirtschaft"), first.categories());
        FeedEntry second = feed.entries().get(1);
        assertEquals("https://wire.example.net/a/1002", second.link(), "rdf:about stands in for a missing link");
        assertEquals("Die Linie 42 verbindet künftig Nord und Süd.", second.summary());
        assertEquals("2024-05-13T00:00:00Z", second.published());
    }

    @Test
    void readsAtomWithXmlBaseRelativeLinksAndFeedAuthor() throws Exception {
        Feed feed = parse("atom-base.xml", "https://journal.example.com/feeds/atom.xml");

        assertEquals("Atom 1.0", feed.format());
        assertEquals("Le Journal – Actualités", feed.title());
        assertEquals("fr-CA", feed.language());
        assertEquals(3, feed.entries().size());

        FeedEntry first = feed.entries().get(0);
        assertEquals("https://journal.example.com/fr/2024/05/marche-couvert", first.link(), "rel=alternate wins over edit");
        assertEquals("Le marché couvert rouvre", first.title());
        assertEquals("Après deux ans de travaux, le marché accueille de nouveau les clients.", first.summary());
        assertEquals(List.of("Julie Tremblay"), first.authors());
        assertEquals("2024-05-14T07:45:00-04:00", first.published(), "published wins over updated");
        assertEquals(List.of("société"), first.categories());
        assertEquals("fr-CA", first.language());

        FeedEntry second = feed.entries().get(1);
        assertEquals("https://journal.example.com/en/culture/harbour-festival", second.link(), "the entry's own xml:base");
        assertEquals("en", second.language());
        assertEquals(List.of("Rédaction du Journal"), second.authors(), "the feed's author when the entry has none");
        assertEquals("2024-05-13T18:20:00Z", second.published(), "updated when there is no published");
        assertEquals("Three days of music on the quays.", second.summary());

        FeedEntry third = feed.entries().get(2);
        assertEquals("https://journal.example.com/api/entries/993", third.link(), "the first link when none is alternate");
    }

    @Test
    void readsRss091WithANetscapeDoctypeAndHtmlEntitiesWithoutLoadingTheDtd() throws Exception {
        Feed feed = parse("rss091-doctype.xml", "http://cafe.example.org/rss.xml");

        assertEquals("RSS 0.91", feed.format());
        assertEquals("Café Notes", feed.title());
        assertEquals("Crème brûlée & more", feed.entries().get(0).title());
        assertEquals("Our new menu — now served", feed.entries().get(0).summary());
    }

    @Test
    void refusesABillionLaughsBombWithoutExpandingIt() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("bomb.xml", "https://bomb.example.org/feed"));
        assertTrue(e.getMessage().contains("declares entities in its DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("xxe.xml", "https://evil.example.org/feed"));
        assertTrue(e.getMessage().contains("declares entities in its DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), "nothing of /etc/passwd in the message");
    }

    @Test
    void reportsMalformedXmlWithItsPosition() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("malformed.xml", "https://broken.example.org/feed"));
        assertTrue(e.getMessage().startsWith("not well-formed XML at line 8, column"), e.getMessage());
        assertTrue(e.getMessage().contains("item"), e.getMessage());
    }

    @Test
    void refusesDocumentsThatAreNotFeeds() {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parser.parse(
                "<html><body>Not a feed</body></html>".getBytes(UTF_8), URI.create("https://x.example/")));
        assertEquals("not an RSS or Atom feed: the root element is <html>, expected <rss>, <rdf:RDF> or <feed>", e.getMessage());
        FeedFormatException empty = assertThrows(FeedFormatException.class,
                () -> parser.parse(new byte[0], URI.create("https://x.example/")));
        assertTrue(empty.getMessage().startsWith("not well-formed XML"), empty.getMessage());
    }

    @Test
    void enforcesDepthAndElementLimits() {
        String deep = "<rss><channel>" + "<x>".repeat(20) + "</x>".repeat(20) + "</channel></rss>";
        FeedParser shallow = new FeedParser(new XmlLimits(10, 1000));
        FeedFormatException tooDeep = assertThrows(FeedFormatException.class,
                () -> shallow.parse(deep.getBytes(UTF_8), URI.create("https://x.example/")));
        assertEquals("elements are nested deeper than 10 levels (maxDepth)", tooDeep.getMessage());

        String wide = "<rss><channel>" + "<item><title>t</title></item>".repeat(600) + "</channel></rss>";
        FeedFormatException tooMany = assertThrows(FeedFormatException.class,
                () -> shallow.parse(wide.getBytes(UTF_8), URI.create("https://x.example/")));
        assertEquals("the document has more than 1000 elements (maxElements)", tooMany.getMessage());
    }

    @Test
    void skipsLeadingWhitespaceAndByteOrderMark() throws Exception {
        byte[] xml = ("\uFEFF \n <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><link>https://a.example/1</link>"
                + "</item></channel></rss>").getBytes(UTF_8);
        assertEquals("https://a.example/1", parser.parse(xml, URI.create("https://a.example/")).entries().get(0).link());
    }

    @Test
    void aRelativeLinkInAFileFeedSaysWhyItCannotBeUsed() throws Exception {
        byte[] xml = "<rss><channel><item><guid isPermaLink='false'>x-1</guid><link>/a/b</link></item></channel></rss>".getBytes(UTF_8);
        FeedEntry entry = parser.parse(xml, URI.create("file:///srv/feeds/local.xml")).entries().get(0);
        assertNull(entry.link());
        assertEquals("the link '/a/b' is relative to file:///srv/feeds/local.xml, which is not an http(s) URL", entry.linkProblem());
    }

    @Test
    void entryWithoutLinkOrIdHasNoIdentity() throws Exception {
        byte[] xml = "<rss><channel><item><title>Orphan</title></item></channel></rss>".getBytes(UTF_8);
        FeedEntry entry = parser.parse(xml, URI.create("https://a.example/feed")).entries().get(0);
        assertNull(entry.identity());
        assertEquals("the entry has no link (nor a permalink guid)", entry.linkProblem());
        assertEquals("https://a.example/feed#entry-1", entry.label("https://a.example/feed"));
    }
}
