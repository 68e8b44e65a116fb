package org.gazette.parse.html.impl;

import java.util.List;

import org.gazette.text.BoilerplateLines;
import org.gazette.text.Bylines;
import org.gazette.text.WrittenDates;

/**
 * Tells a post's meta line from text: a short line of parts set apart by a bar or a dot
 * ({@code |}, {@code ·}, {@code •}) of which one is, as a whole, a date or a reading time and the
 * others are a few words each ("Jane Doe | Apr 21, 2017 | Products", "23.07.2025 · 6 min read",
 * "Jane Doe • November 4th, 2025"), as blog and news templates print it under the headline. The
 * date is read by {@link WrittenDates}, in the languages it knows; the separators are punctuation,
 * not wording. A headline that names a year ("Best movers of 2025 | Top picks") has no part that
 * is a date as a whole and stays. {@link #isDateOrByline} also takes a date or a byline alone, as
 * the edge rules read the lines above a post's text.
 */
final class MetaLines {

    /** The separators of a meta line's parts, with the spaces around them. */
    private static final String[] SEPARATORS = {" | ", " · ", " • "};
    /** A part other than the date has at most this many words (a name, a section, "Products Liability"). */
    static final int PART_WORDS = 6;

    private MetaLines() {
    }

    /**
     * @param text a line of text
     * @return true when it is a meta line: at least two parts, one a date or a reading time, the
     *         others at most {@value #PART_WORDS} words each
     */
    static boolean isMetaLine(String text) {
        String separator = null;
        for (String s : SEPARATORS) {
            if (text.contains(s)) {
                separator = s;
                break;
            }
        }
        if (separator == null) {
            return false;
        }
        boolean dated = false;
        for (String part : text.split(java.util.regex.Pattern.quote(separator), -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                return false;
            }
            if (WrittenDates.parse(p) != null || BoilerplateLines.isReadingTime(p)) {
                dated = true;
            } else if (Text.words(p) > PART_WORDS) {
                return false;
            }
        }
        return dated;
    }

    /**
     * @return true for a line that is, as a whole, a date ("January 23, 2025"), a byline ("By Jane
     *         Doe") or a meta line joining a date to a name or a section
     */
    static boolean isDateOrByline(String text) {
        return WrittenDates.parse(text) != null || !Bylines.fromLine(text).isEmpty() || isMetaLine(text);
    }

    /**
     * The test for lines that may also be a section heading or a sentence of the text: a date, a
     * meta line, or a byline whose first name has two words or more or is one of the article's
     * authors. "By Air" and "By Train" head the sections of a travel guide, and "By
     * Tuesday, most residents had left." opens a paragraph; {@link Bylines#fromLine} reads both as
     * naming someone ("Train", "Tuesday").
     *
     * @param text a heading or a line that may be long enough to count as prose
     * @param names the article's authors
     * @return true for a date, a meta line, or a byline of people
     */
    static boolean isDateOrPeoplesByline(String text, AuthorNames names) {
        if (WrittenDates.parse(text) != null || isMetaLine(text)) {
            return true;
        }
        List<String> people = Bylines.fromLine(text);
        // the first name only: a role after it may read as one more ("By Jane Doe, Privacy Expert")
        return !people.isEmpty() && (Text.words(people.get(0)) >= 2 || names.isName(people.get(0)));
    }
}
