package org.gazette.source.feed.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gazette.api.Fetcher;
import org.gazette.api.StageProperties;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class SmallPartsTest {

    @Test
    void theFetcherServingTheSchemeWithTheHighestRankingIsChosen() {
        Fetcher low = request -> null;
        Fetcher high = request -> null;
        Fetcher other = request -> null;
        List<Map.Entry<Map<String, Object>, Fetcher>> fetchers = List.of(
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, new String[] {"http", "https"}, Constants.SERVICE_ID, 1L), low),
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, "HTTPS", Constants.SERVICE_RANKING, 10, Constants.SERVICE_ID, 2L), high),
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, List.of("s3"), Constants.SERVICE_ID, 3L), other));

        assertSame(high, Fetchers.forScheme(fetchers, "https").orElseThrow());
        assertSame(low, Fetchers.forScheme(fetchers, "http").orElseThrow());
        assertSame(other, Fetchers.forScheme(fetchers, "s3").orElseThrow());
        assertTrue(Fetchers.forScheme(fetchers, "ftp").isEmpty());
    }

    @Test
    void seenSetForgetsTheLeastRecentlySeenFirst() {
        FakeContext context = new FakeContext();
        SeenSet seen = SeenSet.load(context.state(), "seen", 3);
        seen.touch("a");
        seen.touch("b");
        seen.touch("c");
        seen.touch("a");
        seen.touch("d");
        seen.save(context.state());

        SeenSet again = SeenSet.load(context.state(), "seen", 3);
        assertFalse(again.contains("b"));
        assertTrue(again.contains("a") && again.contains("c") && again.contains("d"));
        assertEquals("c a d", context.values.get("seen"));
        assertEquals(16, SeenSet.fingerprint("https://x.example/1").length());
    }

    @Test
    void htmlBecomesPlainTextCutAtAWord() {
        assertEquals("A b & c", Html.text("<p>A <b>b</b> &amp; c</p>", 100));
        assertEquals("AT&T wins", Html.text("AT&T  wins", 100));
        assertEquals("one two…", Html.text("one two three four", 10));
        assertNull(Html.text("<p> </p>", 100));
    }

    @Test
    void authorsAndLanguagesAsFeedsWriteThem() {
        assertEquals("Jo Doe", EntryBuilder.personName("jo@example.com (Jo Doe)"));
        assertEquals("Jo Doe", EntryBuilder.personName("Jo Doe <jo@example.com>"));
        assertEquals("Jo Doe", EntryBuilder.personName(" Jo Doe "));
        assertEquals("en-US", FeedItems.languageTag("en-us"));
        assertEquals("de-DE", FeedItems.languageTag("de_DE"));
        assertNull(FeedItems.languageTag("  "));
    }
}
