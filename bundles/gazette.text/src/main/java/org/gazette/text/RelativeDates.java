package org.gazette.text;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written relative to now, as news sites show fresh stories: "2 hours ago",
 * "5 minutes ago", "a day ago", "an hour ago", "yesterday", "vor 3 Stunden", "il y a 2 jours", "hace 4 horas", "3h ago".
 * The result is the reference time minus the amount, as ISO-8601 with the reference's offset
 * (to the minute for minutes and hours, the date alone for days and more).
 */
public final class RelativeDates {
    private static final int MAX_TEXT = 60;
    private static final String UNITS = "(seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w"
            + "|sekunden?|minuten|stunden?|tag(?:en?)?|wochen?"
            + "|secondes?|heures?|jours?|semaines?"
            + "|segundos?|minutos?|horas?|días?|dias?|semanas?)";
    /**
     * A number, or the article that stands for one as scripts print fresh times ("a day ago", "an
     * hour ago", "vor einem Tag", "il y a un jour", "hace una hora"), followed by a space.
     */
    private static final String AMOUNT = "(\\d{1,3}|(?:an?|one|eine[mnr]?|une?|una|um|uma)(?=\\s))";
    private static final Pattern AGO = Pattern.compile("(?iu)^(?:updated:?\\s*|published:?\\s*)?" + AMOUNT + "\\s*" + UNITS + "\\.?\\s+ago$");
    private static final Pattern BEFORE = Pattern.compile("(?iu)^(?:vor|il y a|hace|há)\\s+" + AMOUNT + "\\s*" + UNITS + "$");
    private static final Pattern YESTERDAY = Pattern.compile("(?iu)^(yesterday|gestern|hier|ayer|ontem)$");

    private RelativeDates() {
    }

    /**
     * @param text a short text, possibly {@code null}
     * @param reference the time the page was fetched
     * @return the date, or {@code null} when the text is not a relative date
     */
    public static String parse(String text, OffsetDateTime reference) {
        if (text == null || reference == null) {
            return null;
        }
        String t = text.trim();
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            return null;
        }
        if (YESTERDAY.matcher(t).matches()) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(reference.minusDays(1));
        }
        Matcher m = AGO.matcher(t);
        if (!m.matches()) {
            m = BEFORE.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        long n = Character.isDigit(m.group(1).charAt(0)) ? Long.parseLong(m.group(1)) : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("h") || unit.startsWith("st")) {
            return minute(reference.minusHours(n));
        }
        if (unit.startsWith("w") || unit.startsWith("sem")) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(reference.minusWeeks(n));
        }
        if (unit.startsWith("s")) {
            return minute(reference.minusSeconds(n));
        }
        if (unit.startsWith("m")) {
            return minute(reference.minusMinutes(n));
        }
        return DateTimeFormatter.ISO_LOCAL_DATE.format(reference.minusDays(n));
    }

    private static String minute(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.MINUTES));
    }
}
