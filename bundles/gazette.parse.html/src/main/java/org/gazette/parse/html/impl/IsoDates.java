package org.gazette.parse.html.impl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Normalises dates as pages write them to ISO-8601: {@code 2023-09-14T10:00:00+02:00} when the
 * value has an offset, {@code 2023-09-14T10:00:00} when it has a time but no offset, and
 * {@code 2023-09-14} for a date alone. Accepts ISO-8601 with or without seconds, fractions,
 * a space instead of {@code T} and offsets written {@code +0200} or {@code +02}, and RFC 1123
 * ({@code Thu, 14 Sep 2023 08:00:00 GMT}).
 */
final class IsoDates {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACE_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d)");
    private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS = Pattern.compile("(T.*[+-]\\d{2})$");
    private static final Pattern UTC_NAME = Pattern.compile("\\s*(?:UTC|GMT)$");

    private IsoDates() {
    }

    /**
     * @param value a date as found on a page, possibly {@code null}
     * @return the ISO-8601 form, or {@code null} when the value is not a date this reads
     */
    static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.isEmpty() || text.length() > 64) {
            return null;
        }
        try {
            if (DATE_ONLY.matcher(text).matches()) {
                return LocalDate.parse(text).toString();
            }
            if (Character.isLetter(text.charAt(0))) {
                return format(OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
            }
            String iso = SPACE_T.matcher(text).replaceFirst("$1T$2");
            iso = UTC_NAME.matcher(iso).replaceFirst("Z");
            iso = OFFSET_NO_COLON.matcher(iso).replaceFirst("$1:$2");
            iso = OFFSET_HOURS.matcher(iso).replaceFirst("$1:00");
            if (iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d{2}:\\d{2}$")) {
                return format(OffsetDateTime.parse(iso));
            }
            return LocalDateTime.parse(iso).truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String format(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
