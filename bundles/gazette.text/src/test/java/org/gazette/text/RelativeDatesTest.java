package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class RelativeDatesTest {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2023-09-14T12:30:45+02:00");

    @Test
    void agoInSeveralLanguages() {
        assertEquals("2023-09-14T10:30:00+02:00", RelativeDates.parse("2 hours ago", FETCHED));
        assertEquals("2023-09-14T12:25:00+02:00", RelativeDates.parse("5 mins ago", FETCHED));
        assertEquals("2023-09-14T09:30:00+02:00", RelativeDates.parse("3h ago", FETCHED));
        assertEquals("2023-09-11", RelativeDates.parse("3 days ago", FETCHED));
        assertEquals("2023-09-14T09:30:00+02:00", RelativeDates.parse("vor 3 Stunden", FETCHED));
        assertEquals("2023-09-12", RelativeDates.parse("il y a 2 jours", FETCHED));
        assertEquals("2023-09-14T08:30:00+02:00", RelativeDates.parse("hace 4 horas", FETCHED));
        assertEquals("2023-09-13", RelativeDates.parse("Yesterday", FETCHED));
        assertEquals("2023-08-31", RelativeDates.parse("2 weeks ago", FETCHED));
    }

    @Test
    void anArticleForOne() {
        assertEquals("2023-09-13", RelativeDates.parse("a day ago", FETCHED));
        assertEquals("2023-09-14T11:30:00+02:00", RelativeDates.parse("an hour ago", FETCHED));
        assertEquals("2023-09-07", RelativeDates.parse("a week ago", FETCHED));
        assertEquals("2023-09-13", RelativeDates.parse("vor einem Tag", FETCHED));
        assertEquals("2023-09-13", RelativeDates.parse("il y a un jour", FETCHED));
        assertEquals("2023-09-14T11:30:00+02:00", RelativeDates.parse("hace una hora", FETCHED));
        assertNull(RelativeDates.parse("ad ago", FETCHED));
        assertNull(RelativeDates.parse("a few days ago", FETCHED));
    }

    @Test
    void otherTextIsNotARelativeDate() {
        assertNull(RelativeDates.parse("2 hours of talks", FETCHED));
        assertNull(RelativeDates.parse("ago", FETCHED));
        assertNull(RelativeDates.parse("2 hours ago", null));
    }
}
