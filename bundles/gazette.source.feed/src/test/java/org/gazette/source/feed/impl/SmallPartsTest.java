package org.gazette.source.feed.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

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
