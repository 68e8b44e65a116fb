package org.gazette.parse.text.impl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is a date, optionally with a time and an offset, and returns it as
 * ISO-8601: {@code 2023-09-14}, {@code 2023-09-14T14:30:00} or {@code 2023-09-14T14:30:00+02:00}.
 * Accepted: ISO dates and date-times, "14 September 2023", "14. September 2023",
 * "14 de septiembre de 2023", "September 14, 2023", "Sept. 14, 2023" and "13.09.2023", each with an
 * optional label ("Published:"), weekday and time ("14:30", "2:30 pm", "14.30 Uhr").
 */
final class DateLines {

    private static final String LABEL = "(?:(?:published|updated|posted|date|veröffentlicht|aktualisiert|datum"
            + "|publicado|actualizado|fecha|publié le|publié|mis à jour le)\\s*:?\\s*)?";
    private static final String WEEKDAY = "(?:\\p{L}+,?\\s+)?";
    private static final String TIME = "(?:,?\\s*(?:at|um|à|a las)?\\s*(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?"
            + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:uhr)?)?\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2})?";
    private static final Pattern ISO = Pattern.compile("(?iu)" + LABEL
            + "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}+)\\.?\\s+(?:de\\s+)?(\\d{4})" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern NUMERIC = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME);

    private DateLines() {
    }

    /**
     * @param line one trimmed line
     * @return the date in ISO-8601, or {@code null} when the line is not (only) a date
     */
    static String parse(String line) {
        if (line.length() > 80) {
            return null;
        }
        Matcher m = ISO.matcher(line);
        if (m.matches()) {
            return iso(date(m.group(1), Integer.valueOf(m.group(2)), m.group(3)), m.group(4), m.group(5), m.group(6), null, m.group(7));
        }
        m = DAY_MONTH.matcher(line);
        if (m.matches()) {
            return iso(date(m.group(3), Months.number(m.group(2)), m.group(1)), m.group(4), m.group(5), m.group(6),
                    m.group(7), m.group(8));
        }
        m = MONTH_DAY.matcher(line);
        if (m.matches()) {
            return iso(date(m.group(3), Months.number(m.group(1)), m.group(2)), m.group(4), m.group(5), m.group(6),
                    m.group(7), m.group(8));
        }
        m = NUMERIC.matcher(line);
        if (m.matches()) {
            return iso(date(m.group(3), Integer.valueOf(m.group(2)), m.group(1)), m.group(4), m.group(5), m.group(6), m.group(7),
                    m.group(8));
        }
        return null;
    }

    private static LocalDate date(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String iso(LocalDate date, String hour, String minute, String second, String ampm, String zone) {
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
            if (zone == null) {
                return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return local.atOffset(offset(zone)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        if (z.length() == 5) {
            z = z.substring(0, 3) + ":" + z.substring(3);
        }
        return ZoneOffset.of(z);
    }
}
