package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void isoDatesAndTimes() {
        assertEquals("2023-09-14", IsoDates.normalise("2023-09-14"));
        assertEquals("2023-09-14T10:00:00+02:00", IsoDates.normalise("2023-09-14T10:00:00+02:00"));
        assertEquals("2023-09-14T10:00:00+02:00", IsoDates.normalise("2023-09-14T10:00:00.123+0200"));
        assertEquals("2023-09-14T10:00:00+02:00", IsoDates.normalise("2023-09-14 10:00+02"));
        assertEquals("2023-09-14T10:00:00-05:30", IsoDates.normalise(" 2023-09-14t10:00 -05:30 "));
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("2023-09-14T08:00:00Z"));
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("2023-09-14 08:00:00 UTC"));
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("2023-09-14T08:00:00+00:00"));
        assertEquals("2023-09-14T10:00:00", IsoDates.normalise("2023-09-14T10:00"));
        assertEquals("2023-09-14T10:15:30", IsoDates.normalise("2023-09-14T10:15:30.999999"));
        assertEquals("2023-09-14", IsoDates.normalise("2023-09-14Z"));
    }

    @Test
    void rfc1123() {
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("Thu, 14 Sep 2023 08:00:00 GMT"));
        assertEquals("2023-09-14T10:00:00+02:00", IsoDates.normalise("Thu, 14 Sep 2023 10:00:00 +0200"));
        assertNull(IsoDates.normalise("Fri, 14 Sep 2023 08:00:00 GMT"));
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("THU, 14 sep 2023 08:00:00 GMT"), "case is ignored");
    }

    @Test
    void aTextStartingWithALetterIsRfc1123OnlyWithADayNameAndAComma() {
        // the cheap test before the parse must reject only what the parse rejects
        java.time.format.DateTimeFormatter rfc = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
        for (String text : new String[] {"Thursday, 14 Sep 2023 08:00:00 GMT", "Thu 14 Sep 2023 08:00:00 GMT",
            "Thu,14 Sep 2023 08:00:00 GMT", "T, 14 Sep 2023 08:00:00 GMT", "September 14, 2023", "Thu,", "Thu", "Posted"}) {
            assertNull(IsoDates.normalise(text), text);
            assertThrowsParse(rfc, text);
        }
    }

    private static void assertThrowsParse(java.time.format.DateTimeFormatter format, String text) {
        org.junit.jupiter.api.Assertions.assertThrows(java.time.DateTimeException.class,
                () -> java.time.OffsetDateTime.parse(text, format), text);
    }

    @Test
    void notIsoDates() {
        assertNull(IsoDates.normalise("14 September 2023"));
        assertNull(IsoDates.normalise("2023-02-30"));
        assertNull(IsoDates.normalise("2023-09-14T25:00"));
        assertNull(IsoDates.normalise("2023-09-14T10:00+19:00"));
        assertNull(IsoDates.normalise("2023-09-14T10"));
        assertNull(IsoDates.normalise("2023-09-14 and more"));
        assertNull(IsoDates.normalise("20230914"));
        assertNull(IsoDates.normalise("2023-09-14T10:00:00+02:00" + " ".repeat(40) + "x"));
        assertNull(IsoDates.normalise(""));
        assertNull(IsoDates.normalise(null));
    }
}
