package org.gazette.engine.impl;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as the API writes them: ISO-8601 with offset, UTC, millisecond precision. */
final class Clock {

    private Clock() {
    }

    static String now() {
        return format(System.currentTimeMillis());
    }

    static String format(long epochMillis) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }
}
