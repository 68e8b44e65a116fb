package org.gazette.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises dates as machines write them (meta tags, JSON-LD, feeds, HTTP headers) to ISO-8601:
 * {@code 2023-09-14T10:00:00+02:00} when the value has an offset, {@code 2023-09-14T10:00:00}
 * when it has a time but no offset, and {@code 2023-09-14} for a date alone. Seconds are always
 * written and fractions dropped; {@code UTC}, {@code GMT} and {@code +00:00} are written {@code Z}.
 * <p>
 * Accepted: ISO-8601 dates and date-times with or without seconds and fractions, {@code T} or
 * spaces between date and time, offsets written {@code Z}, {@code UTC}, {@code GMT},
 * {@code +02:00}, {@code +0200} or {@code +02} (an offset after a date alone is ignored); and
 * RFC 1123 ({@code Thu, 14 Sep 2023 08:00:00 GMT}). Dates as people write them
 * ("14 September 2023") are {@link WrittenDates}'.
 */
public final class IsoDates {

    private static final int MAX_TEXT = 64;
    private static final Pattern ISO = Pattern.compile("(?i)(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:(?:t|\\s+)(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?)?");

    private IsoDates() {
    }

    /**
     * @param value a date as found in metadata, possibly {@code null}
     * @return the ISO-8601 form, or {@code null} when the value is not (only) a date this reads,
     *         or not a real date ({@code 2023-02-30})
     */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            return null;
        }
        if (Character.isLetter(text.charAt(0))) {
            // RFC 1123 starts a value with a letter only as "Thu, ": anything else would fail
            // to parse, and a failed parse (an exception) was most of the cost on visible texts
            if (text.length() < 4 || text.charAt(3) != ',') {
                return null;
            }
            try {
                OffsetDateTime time = OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeException e) {
                return null;
            }
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return iso(date(m.group(1), Integer.valueOf(m.group(2)), m.group(3)), m.group(4), m.group(5), m.group(6),
                null, m.group(7));
    }

    /**
     * @param year four digits
     * @param month 1–12, or {@code null} for an unknown month name
     * @param day one or two digits
     * @return the date, or {@code null} when there is no such date
     */
    static LocalDate date(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * @param date the date, or {@code null}
     * @param hour the hour, or {@code null} for a date alone (then the rest is ignored)
     * @param minute the minute
     * @param second the second, or {@code null}
     * @param ampm {@code am}, {@code pm}, {@code a.m.} or {@code p.m.} in any case, or {@code null} for 24-hour time
     * @param zone {@code Z}, {@code UTC}, {@code GMT}, an offset ({@code +02:00}, {@code +0200},
     *        {@code +02}) or a zone's abbreviation ({@code CEST}, {@code UTC+8}, {@link ZoneAbbreviations};
     *        one with more than one meaning, {@code IST}, or without its season, {@code ET}, leaves
     *        the time local) in any case, or {@code null}
     * @return the ISO-8601 form, or {@code null} when the date is {@code null} or the time or
     *         offset does not exist
     */
    static String iso(LocalDate date, String hour, String minute, String second, String ampm, String zone) {
        if (date == null) {
            return null;
        }
        if (hour == null) {
            return date.toString();
        }
        try {
            int h = Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (h < 1 || h > 12) {
                    return null;
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            LocalTime time = LocalTime.of(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            LocalDateTime local = LocalDateTime.of(date, time);
            ZoneOffset offset = zone == null ? null : offset(zone, local);
            if (offset == null) {
                return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return local.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** @return the zone's offset at that time, or {@code null} for an abbreviation that names no one offset ("IST") */
    private static ZoneOffset offset(String zone, LocalDateTime local) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        if (Character.isLetter(z.charAt(0))) {
            return ZoneAbbreviations.offset(z, local); // "CEST", "MSK", "UTC+8", "ET" on that date; null for "IST"
        }
        return ZoneOffset.of(z);
    }
}
