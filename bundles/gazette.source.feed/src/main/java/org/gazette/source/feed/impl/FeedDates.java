package org.gazette.source.feed.impl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds carry, leniently: RFC 822 / 1123 ({@code Tue, 14 May 2024 08:30:00 +0200},
 * with or without day name, seconds or zone, with zone names such as {@code GMT}, {@code EST},
 * {@code CEST}, two-digit years, month before day) and W3C / ISO 8601 ({@code 2024-05-14T08:30:00Z},
 * offsets with or without colon, a space instead of {@code T}, fractions, date only). A date without
 * zone is taken as UTC. Writes them as ISO 8601 with offset.
 */
final class FeedDates {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("uuuu-MM-dd")
            .optionalStart()
            .appendLiteral('T')
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2}):?(\\d{2})?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?");

    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("MET", 1), Map.entry("WEST", 1),
            Map.entry("CEST", 2), Map.entry("MEST", 2), Map.entry("EET", 2), Map.entry("EEST", 3), Map.entry("MSK", 3),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("AKST", -9), Map.entry("AKDT", -8), Map.entry("HST", -10),
            Map.entry("JST", 9), Map.entry("KST", 9), Map.entry("AEST", 10), Map.entry("AEDT", 11));

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private FeedDates() {
    }

    /**
     * @param text a date as found in a feed, or {@code null}
     * @return the date as ISO 8601 with offset, or {@code null} when it cannot be read
     */
    static String iso(String text) {
        OffsetDateTime date = parse(text);
        return date == null ? null : date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * @param text a date as found in a feed, or {@code null}
     * @return the date, or {@code null} when it cannot be read
     */
    static OffsetDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("\\s+", " ").trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return ISO_SHAPE.matcher(t).matches() ? parseIso(t) : parseRfc822(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime parseIso(String text) {
        String t = text.replaceFirst("^(\\d{4}-\\d{1,2}-\\d{1,2})[ T]", "$1T")
                .replaceFirst(" ?(UTC|GMT)$", "Z")
                .replaceFirst(" ([+-]\\d)", "$1");
        t = t.replaceFirst("^(\\d{4})-(\\d)-", "$1-0$2-").replaceFirst("^(\\d{4}-\\d{2})-(\\d)(\\D|$)", "$1-0$2$3");
        t = t.replaceFirst("T(\\d):", "T0$1:");
        try {
            TemporalAccessor parsed = ISO.parseBest(t, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt;
            }
            if (parsed instanceof LocalDateTime ldt) {
                return ldt.atOffset(ZoneOffset.UTC);
            }
            return ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime parseRfc822(String text) {
        String t = text.replaceAll("\\([^)]*\\)", " ").replace(',', ' ').trim();
        Integer day = null;
        Integer month = null;
        Integer year = null;
        LocalTime time = LocalTime.MIDNIGHT;
        ZoneId zone = ZoneOffset.UTC;
        for (String token : t.split("[ ]+|(?<=[A-Za-z])-(?=\\d)|(?<=\\d)-(?=[A-Za-z])")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher timeMatch = TIME.matcher(token);
            Matcher zoneMatch = NUMERIC_ZONE.matcher(token.toUpperCase(Locale.ROOT));
            if (timeMatch.matches()) {
                time = LocalTime.of(Integer.parseInt(timeMatch.group(1)), Integer.parseInt(timeMatch.group(2)),
                        timeMatch.group(3) == null ? 0 : Integer.parseInt(timeMatch.group(3)));
            } else if (token.chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(token.length() > 6 ? token.substring(0, 6) : token);
                if (token.length() == 4 || day != null && month != null && year == null && token.length() != 1) {
                    year = token.length() == 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
                } else if (day == null) {
                    day = n;
                } else {
                    return null;
                }
            } else if (zoneMatch.matches()) {
                int hours = Integer.parseInt(zoneMatch.group(2));
                int minutes = zoneMatch.group(3) == null ? 0 : Integer.parseInt(zoneMatch.group(3));
                int sign = zoneMatch.group(1).equals("-") ? -1 : 1;
                zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } else if (month == null && monthOf(token) > 0) {
                month = monthOf(token);
            } else {
                ZoneId named = namedZone(token);
                if (named != null) {
                    zone = named;
                }
                // otherwise a day name ("Tue", "Tuesday") or noise: ignored
            }
        }
        if (day == null || month == null || year == null) {
            return null;
        }
        return ZonedDateTime.of(LocalDate.of(year, month, day), time, zone).toOffsetDateTime();
    }

    private static int monthOf(String token) {
        if (token.length() < 3 || !token.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        String prefix = token.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static ZoneId namedZone(String token) {
        Integer hours = ZONE_HOURS.get(token.toUpperCase(Locale.ROOT));
        if (hours != null) {
            return ZoneOffset.ofHours(hours);
        }
        if (token.indexOf('/') > 0) {
            try {
                return ZoneId.of(token);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
