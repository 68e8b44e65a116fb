package org.gazette.parse.text.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateLinesTest {

    @Test
    void isoDatesAndTimes() {
        assertEquals("2023-09-14", DateLines.parse("2023-09-14"));
        assertEquals("2023-09-14T10:15:00", DateLines.parse("2023-09-14 10:15"));
        assertEquals("2023-09-14T10:15:30+02:00", DateLines.parse("2023-09-14T10:15:30+02:00"));
        assertEquals("2023-09-14T08:15:00Z", DateLines.parse("2023-09-14T08:15:00.123Z"));
    }

    @Test
    void writtenDates() {
        assertEquals("2023-09-14", DateLines.parse("14 September 2023"));
        assertEquals("2023-09-14", DateLines.parse("September 14, 2023"));
        assertEquals("2023-09-14", DateLines.parse("Sept. 14, 2023"));
        assertEquals("2023-09-14", DateLines.parse("Thursday, 14 September 2023"));
        assertEquals("2023-09-14T14:30:00", DateLines.parse("September 14, 2023 at 2:30 pm"));
        assertEquals("2023-09-14T14:30:00Z", DateLines.parse("Published: 14 Sep 2023 14:30 GMT"));
        assertEquals("2023-09-14", DateLines.parse("Donnerstag, 14. September 2023"));
        assertEquals("2023-09-14", DateLines.parse("14 de septiembre de 2023"));
        assertEquals("2023-09-13T14:30:00", DateLines.parse("13.09.2023, 14.30 Uhr"));
    }

    @Test
    void notDates() {
        assertNull(DateLines.parse("The bridge reopened on 14 September 2023 after repairs."));
        assertNull(DateLines.parse("31 February 2023"));
        assertNull(DateLines.parse("14 Smarch 2023"));
        assertNull(DateLines.parse("2023-13-01"));
    }
}
