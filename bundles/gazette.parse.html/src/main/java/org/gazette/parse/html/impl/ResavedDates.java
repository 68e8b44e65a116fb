package org.gazette.parse.html.impl;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;

/**
 * A declared publication time that equals the modification time is the time of a save, not of
 * the publication: a CMS that migrates or rebuilds its pages writes both fields at once, while the
 * byline still shows when the article came out ("May 14, 2025"). Then an earlier date the page
 * shows in its byline, {@code <time>} or the texts after its headline ({@link VisibleDates#shown}) is
 * the publication date.
 */
final class ResavedDates {
    /** Fields written by one save differ by seconds. */
    private static final Duration ONE_SAVE = Duration.ofMinutes(1);
    private static final int DATE = 10;
    /** The length of {@code 2023-09-14T14:20:08}. */
    private static final int CLOCK = 19;

    private ResavedDates() {
    }

    /**
     * @param page the page
     * @param published the declared publication date, possibly {@code null}
     * @param modified the declared modification date, possibly {@code null}
     * @param dates how the page's dates read
     * @param headline the article's title, or {@code null}
     * @return the date the page shows when it is earlier and the declared one is a save, else {@code published}
     */
    static Pick<String> corrected(Page page, Pick<String> published, Pick<String> modified, DateReader dates, String headline) {
        if (published == null || modified == null || !oneSave(published.value(), modified.value())) {
            return published;
        }
        Pick<String> shown = VisibleDates.shown(page, dates, headline);
        return shown != null && earlier(shown.value(), published.value())
                ? new Pick<>(shown.value(), shown.from() + " (" + published.from() + " is a save)")
                : published;
    }

    /**
     * @return true when the shown date is a day before the declared one; a shown time that is the
     *         declared instant in the site's zone ("19:57-05:00" for "00:57Z" the next day) is the same time
     */
    private static boolean earlier(String shown, String declared) {
        if (shown.length() < DATE || shown.substring(0, DATE).compareTo(declared.substring(0, DATE)) >= 0) {
            return false;
        }
        Temporal x = shown.length() > DATE ? parse(shown) : null;
        Temporal y = declared.length() > DATE ? parse(declared) : null;
        return x == null || y == null || x.getClass() != y.getClass() || Duration.between(x, y).compareTo(ONE_SAVE) >= 0;
    }

    /**
     * @return true when two ISO-8601 values name the same day, instants less than a minute apart, or
     *         the same clock time to the second in different zones (one save, printed once with the
     *         server's zone and once with UTC's: "14:20:08Z" and "14:20:08-04:00")
     */
    static boolean oneSave(String a, String b) {
        if (a.length() <= DATE || b.length() <= DATE) {
            return a.length() >= DATE && a.equals(b);
        }
        if (a.length() >= CLOCK && b.length() >= CLOCK && a.regionMatches(0, b, 0, CLOCK)) {
            return true;
        }
        Temporal x = parse(a);
        Temporal y = parse(b);
        return x != null && y != null && x.getClass() == y.getClass() && Duration.between(x, y).abs().compareTo(ONE_SAVE) < 0;
    }

    private static Temporal parse(String iso) {
        try {
            return iso.length() > CLOCK ? OffsetDateTime.parse(iso) : LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
