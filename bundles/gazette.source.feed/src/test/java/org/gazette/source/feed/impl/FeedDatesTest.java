package org.gazette.source.feed.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FeedDatesTest {

    @Test
    void rfc822AndItsRealWorldVariants() {
        assertEquals("2024-05-14T08:30:00+02:00", FeedDates.iso("Tue, 14 May 2024 08:30:00 +0200"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("Tue, 14 May 2024 08:30:00 GMT"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("14 May 2024 08:30:00 UT"));
        assertEquals("2024-05-14T08:30:00-04:00", FeedDates.iso("Tue, 14 May 2024 08:30 EDT"));
        assertEquals("2024-05-14T08:30:00-08:00", FeedDates.iso("tue, 14 may 2024 08:30:00 PST"));
        assertEquals("2024-05-04T08:30:00+02:00", FeedDates.iso("Sat, 4 May 2024 08:30:00 +02:00"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("Tue, 14 May 24 08:30:00 GMT"));
        assertEquals("2024-06-03T10:00:00+02:00", FeedDates.iso("Monday, 03 June 2024 10:00:00 CEST"));
        assertEquals("2024-05-14T08:30:00+02:00", FeedDates.iso("Tue, 14 May 2024 08:30:00 +0200 (CEST)"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("May 14, 2024 08:30:00"));
        assertEquals("2024-05-14T00:00:00Z", FeedDates.iso("14 May 2024"));
        assertEquals("2024-05-14T08:30:00+05:30", FeedDates.iso("Tue, 14 May 2024 08:30:00 GMT+05:30"));
        assertEquals("2024-01-15T08:30:00+01:00", FeedDates.iso("Mon, 15 Jan 2024 08:30:00 Europe/Berlin"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("  Tue,  14 May 2024\n 08:30:00   GMT "));
    }

    @Test
    void w3cAndIso8601Variants() {
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("2024-05-14T08:30:00Z"));
        assertEquals("2024-05-14T08:30:00.25+01:00", FeedDates.iso("2024-05-14T08:30:00.25+01:00"));
        assertEquals("2024-05-14T08:30:00+01:00", FeedDates.iso("2024-05-14T08:30:00+0100"));
        assertEquals("2024-05-14T08:30:00+01:00", FeedDates.iso("2024-05-14T08:30:00+01"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("2024-05-14 08:30:00"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("2024-05-14T08:30"));
        assertEquals("2024-05-14T08:30:00-05:00", FeedDates.iso("2024-05-14 08:30:00 -05:00"));
        assertEquals("2024-05-14T08:30:00Z", FeedDates.iso("2024-05-14T08:30:00 UTC"));
        assertEquals("2024-05-14T00:00:00Z", FeedDates.iso("2024-05-14"));
        assertEquals("2024-05-04T08:30:00Z", FeedDates.iso("2024-5-4T8:30:00Z"));
    }

    @Test
    void unreadableDatesGiveNull() {
        assertNull(FeedDates.iso(null));
        assertNull(FeedDates.iso(""));
        assertNull(FeedDates.iso("yesterday"));
        assertNull(FeedDates.iso("2024-13-45"));
        assertNull(FeedDates.iso("Tue, 31 Feb 2024 08:30:00 GMT"));
        assertNull(FeedDates.iso("20240514"));
    }
}
