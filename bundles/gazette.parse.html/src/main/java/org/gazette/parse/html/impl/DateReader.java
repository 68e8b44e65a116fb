package org.gazette.parse.html.impl;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Stream;

import org.gazette.text.BylineWords;
import org.gazette.text.DateOrder;
import org.gazette.text.IsoDates;
import org.gazette.text.RelativeDates;
import org.gazette.text.WrittenDates;

/**
 * How the dates one page shows are read: as machines write them, as people write them in the
 * page's order of day and month ("03/10/2023" is 3 October on a British page, March 10 on an
 * American one: {@link PageDateOrders}), or relative to when the page was fetched ("2 hours ago").
 *
 * @param fetched when the page was fetched, or {@code null} when unknown
 * @param order how the page writes numeric dates
 */
record DateReader(OffsetDateTime fetched, DateOrder order) {

    /** The characters of {@link #PART_SEPARATORS}, which a field may also begin or end with ("Published: 2025.12.17 |"). */
    private static final String SEPARATOR_CHARACTERS = "|\u00B7\u2022-\u2013\u2014";

    /**
     * The byline words of {@link BylineWords#BY} that the templates we know never print after a date, so spared the
     * scan below: Swedish "av" and Hebrew "מאת" open the byline before the date ("Av Erik Lindqvist", then "Publicerad
     * 14 september 2023 kl. 12.00"; "מאת יעל כהן | 14 בספטמבר 2023").
     */
    private static final Set<String> AFTER_NO_DATE = Set.of("av", "מאת");

    /**
     * The words that open a byline after a date, in lower case, and the English "By" capitalised: "Posted on 15/12/2025 at
     * 19:00 by Jane Doe", "Publié le 3 mars 2024 par", "May 3, 2024 By Jane Doe". Not Italian "di", the "of" of running text
     * ("Festival di Sanremo"). Not every word capitalised: each form is one more scan of every short text that may hold a
     * date, which cost 1.2% of the parser's time on the development set, where no such byline came.
     */
    private static final String[] BYLINE_WORDS = Stream.concat(BylineWords.BY.stream()
            .filter(word -> !AFTER_NO_DATE.contains(word)).map(word -> " " + word), Stream.of(" By")).toArray(String[]::new);

    /** The words that open a byline before its date: "By Jane Doe on March 3, 2024", "Posted by admin at December 16, 2025 11:15 AM", "Von Jana Roth am 3. März 2024". */
    private static final String[] BYLINE_OPENERS = BylineWords.BY.stream().map(word -> word + " ").toArray(String[]::new);

    /** The words that set a date after a name: "on" and its German, French, Spanish, Italian and Dutch kin, and the English "at" of some CMS. */
    private static final String[] DATE_CONNECTORS = Stream.concat(BylineWords.DATE_CONNECTORS.stream(), Stream.of("at"))
            .map(word -> " " + word + " ").toArray(String[]::new);

    /** How far into a text a byline opener may come: after a label such as "Posted", "Written", "Article". */
    private static final int OPENER_REACH = 12;

    /** What sets the fields of a meta line apart: "Essay - Published: 2025.12.17 | Tags", "Jane Doe · 14 Sep 2023". */
    private static final String[] PART_SEPARATORS = {" | ", " \u00B7 ", " \u2022 ", " - ", " \u2013 ", " \u2014 "};

    /**
     * @param page the page
     * @return the reader of that page's dates
     */
    static DateReader of(Page page) {
        return new DateReader(page.fetched(), PageDateOrders.of(page));
    }

    /**
     * @param text a short normalised text that may be a date alone
     * @return the date in ISO-8601, or {@code null}
     */
    String parse(String text) {
        String iso = IsoDates.normalise(text);
        if (iso == null) {
            iso = WrittenDates.parse(text, order);
        }
        return iso != null ? iso : RelativeDates.parse(text, fetched);
    }

    /**
     * A meta line that is not a date as a whole but of which one field is: "Essay - Published:
     * 2025.12.17 |", "Jane Doe | 14 Sep 2023 | 5 min read"; the fields are set apart by bars,
     * bullets or spaced dashes.
     *
     * @param text a short normalised text
     * @return the date of its first field that is one, or {@code null} (also for a text without separators)
     */
    String parseFields(String text) {
        String dated = beforeByline(text);
        if (dated != null) {
            String iso = parse(dated);
            if (iso != null) {
                return iso;
            }
        }
        String named = afterByline(text);
        if (named != null) {
            return named;
        }
        int from = 0;
        boolean split = false;
        while (from <= text.length()) {
            int next = text.length();
            int width = 0;
            for (String separator : PART_SEPARATORS) {
                int at = text.indexOf(separator, from);
                if (at >= 0 && at < next) {
                    next = at;
                    width = separator.length();
                }
            }
            if (width == 0 && !split) {
                return null;
            }
            split = true;
            String field = withoutSeparators(text.substring(from, next));
            String iso = field.isEmpty() ? null : parse(field);
            if (iso != null) {
                return iso;
            }
            from = next + Math.max(width, 1);
        }
        return null;
    }

    /**
     * @return the date after a byline that names the writer first ("Posted by Jane Doe on August
     *         21, 2019", "By Jane Doe at December 16, 2025 11:15 AM"), or {@code null}
     */
    private String afterByline(String text) {
        int opener = bylineOpener(text);
        if (opener < 0) {
            return null;
        }
        for (String connector : DATE_CONNECTORS) {
            int at = text.indexOf(connector, opener);
            if (at > opener) {
                String iso = parse(text.substring(at + connector.length()));
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** @return where the name after a byline opener at the start or after a short label begins, or -1 */
    private static int bylineOpener(String text) {
        for (String opener : BYLINE_OPENERS) {
            if (text.regionMatches(true, 0, opener, 0, opener.length())) {
                return opener.length();
            }
            int last = Math.min(OPENER_REACH, text.length() - opener.length() - 1);
            for (int at = 1; at <= last; at++) {
                if (text.charAt(at) == ' ' && text.regionMatches(true, at + 1, opener, 0, opener.length())) {
                    return at + 1 + opener.length();
                }
            }
        }
        return -1;
    }

    /** @return the field without spaces and separator characters around it */
    private static String withoutSeparators(String field) {
        int start = 0;
        int end = field.length();
        while (start < end && (field.charAt(start) == ' ' || SEPARATOR_CHARACTERS.indexOf(field.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (field.charAt(end - 1) == ' ' || SEPARATOR_CHARACTERS.indexOf(field.charAt(end - 1)) >= 0)) {
            end--;
        }
        return field.substring(start, end);
    }

    /**
     * @return the text before a byline that follows its date, with the name in the same text or in
     *         the next element ("Posted on 15/12/2025 at 19:00 by"), or {@code null} when there is none
     */
    private static String beforeByline(String text) {
        for (String word : BYLINE_WORDS) {
            int at = text.indexOf(word);
            while (at > 0) {
                int after = at + word.length();
                if (after == text.length() || text.charAt(after) == ' ') {
                    return text.substring(0, at);
                }
                at = text.indexOf(word, after);
            }
        }
        return null;
    }
}
