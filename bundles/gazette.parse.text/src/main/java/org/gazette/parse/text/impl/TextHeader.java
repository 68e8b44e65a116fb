package org.gazette.parse.text.impl;

import java.util.List;

import org.gazette.text.BoilerplateLines;
import org.gazette.text.Bylines;
import org.gazette.text.WrittenDates;

/**
 * What a plain text says about itself before and beside its paragraphs, read in the order a reader meets it: a mail
 * header block, the title line, a byline and a date line after it (in either order, a date also in a field of the
 * byline), a byline or a date on a line of its own further on, and last the date of the dateline that opens the
 * copy. Each field keeps where it came from; a field found once is not replaced. Reading sets the lines it takes
 * aside ({@code consumed}).
 */
final class TextHeader {

    /** A first line longer than this is a paragraph, not a title. */
    static final int MAX_TITLE = 300;
    /** How many non-blank lines after the title may be byline or date lines. */
    private static final int HEADER_LINES = 3;

    String title;
    String titleFrom;
    List<String> authors;
    String published;
    String publishedFrom;

    /** @param mail the text's mail header block, or {@code null} */
    TextHeader(MailHeaders.Block mail) {
        if (mail != null) {
            title = mail.subject();
            published = mail.date();
            titleFrom = publishedFrom = "mail header";
        }
    }

    /**
     * Reads the title (unless the mail header gave it), the byline and date lines after it, and the bylines and dates
     * on lines of their own further on.
     *
     * @param first the first line left after the boilerplate
     * @return the first line left after them (the copy's opening), or -1
     */
    int read(String[] lines, boolean[] consumed, int first) {
        if (title == null && lines[first].length() <= MAX_TITLE) {
            title = lines[first];
            titleFrom = "first line";
            consumed[first] = true;
        }
        int next = PlainTextLayout.nextKept(lines, consumed, first);
        for (int seen = 0; next >= 0 && seen < HEADER_LINES && bylineOrDate(lines[next]); seen++) {
            consumed[next] = true;
            next = PlainTextLayout.nextKept(lines, consumed, next + 1);
        }
        for (int i = 0; i < lines.length; i++) {
            if (!consumed[i] && PlainTextLayout.isolated(lines, i)) {
                consumed[i] = loneBylineOrDate(lines[i]);
            }
        }
        return next;
    }

    /** @return whether the line after the title is a byline or a date line, its names and date taken */
    private boolean bylineOrDate(String line) {
        List<String> names = authors == null ? Bylines.fromLine(line) : List.of();
        if (!names.isEmpty()) {
            authors = names;
            date(dateField(line), "byline line"); // "By Jane Doe | 14 March 2025"
            return true;
        }
        return published == null && date(WrittenDates.parse(line), "date line");
    }

    /** @return whether a paragraph of one line further on is a byline, a date or an affiliate disclosure, its names and date taken */
    private boolean loneBylineOrDate(String line) {
        List<String> names = Bylines.fromLine(line);
        String date = names.isEmpty() ? WrittenDates.parse(line) : null;
        if (names.isEmpty() && date == null && !BoilerplateLines.isDisclosure(line)) {
            return false;
        }
        authors = authors == null && !names.isEmpty() ? names : authors;
        date(date, "date line");
        return true;
    }

    /** Takes the date of the dateline that opens the copy ("PORT ALDWIN, Maine, March 14, 2025 /PRNewswire/ --"), when no other gave one. */
    void readDateline(String opening) {
        if (published == null && opening != null) {
            date(Datelines.date(opening), "dateline");
        }
    }

    /** @return whether the date was taken: it is one, and none was before */
    private boolean date(String date, String from) {
        if (date == null || published != null) {
            return false;
        }
        published = date;
        publishedFrom = from;
        return true;
    }

    /** @return the date in a field of a byline line after a bar, a bullet or a middle dot ("By Jane Doe | 14 March 2025"), or {@code null} */
    private static String dateField(String line) {
        String[] fields = line.split("[|\u2022\u00B7]");
        for (int i = 1; i < fields.length; i++) {
            String date = WrittenDates.parse(fields[i].trim());
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
