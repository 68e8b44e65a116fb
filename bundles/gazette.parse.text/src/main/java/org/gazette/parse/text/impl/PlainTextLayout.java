package org.gazette.parse.text.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazette.text.BoilerplateLines;
import org.gazette.text.Bylines;
import org.gazette.text.WrittenDates;

/**
 * Reads the layout of a plain-text article: the first non-blank line that is not boilerplate is
 * the title, a byline line and a date line may follow it (in either order), and the rest are
 * paragraphs separated by blank lines, the lines of one paragraph joined by a space.
 *
 * <p>Line by line, what a page's template leaves in a text copy is set aside
 * ({@link BoilerplateLines}): share and subscribe lines, "Advertisement", breadcrumbs and menus,
 * "Read more: ..." and "Related: ..." links, reading times, copyright notices. A byline or a date on
 * a line of its own anywhere in the text gives the authors or the date when the header did not.
 * After half of the text, a copyright notice or a line heading what follows an article ("Related
 * articles", "About the author", "References") ends the body.
 */
final class PlainTextLayout {

    /** A first line longer than this is a paragraph, not a title. */
    static final int MAX_TITLE = 300;
    /** How many non-blank lines after the title may be byline or date lines. */
    private static final int HEADER_LINES = 3;
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*\u2022\u2023\u25AA\u2013]|\\d{1,2}[.)])\\s+\\S");

    /**
     * @param title the title line, or {@code null} when the first line is too long to be one
     * @param titleFrom where the title came from: {@code first line} or {@code mail header}
     * @param authors the byline's names, or {@code null}
     * @param published the date as ISO-8601, or {@code null}
     * @param publishedFrom where the date came from: {@code date line}, {@code mail header} or {@code dateline}
     * @param siteName the sender a mail header names, or {@code null}
     * @param tags the tags a tag line lists ("Tags: ferries, fares"), possibly empty
     * @param paragraphs the body paragraphs, possibly empty
     */
    record Layout(String title, String titleFrom, List<String> authors, String published, String publishedFrom, String siteName,
            List<String> tags, List<String> paragraphs) {
    }

    private PlainTextLayout() {
    }

    /**
     * @param text decoded text with any line endings
     * @return the layout, or {@code null} when the text is blank
     */
    static Layout read(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = MarkdownMarks.strip(SPACES.matcher(lines[i]).replaceAll(" ").trim());
            if (isRule(lines[i])) {
                lines[i] = ""; // "=====" under a title, "----", "* * *": a break, no text
            }
        }
        if (nextNonBlank(lines, 0) < 0) {
            return null;
        }
        boolean[] consumed = new boolean[lines.length];
        MailHeaders.Block mail = MailHeaders.read(lines);
        boolean release = false;
        for (int i = 0; i < lines.length; i++) {
            consumed[i] = mail != null && i < mail.lines() || !lines[i].isEmpty() && BoilerplateLines.isBoilerplate(lines[i]);
            if (!consumed[i] && ReleaseLines.isLabel(lines[i])) {
                consumed[i] = release = true; // "FOR IMMEDIATE RELEASE" is no title
            }
        }
        int first = nextKept(lines, consumed, 0);
        if (first < 0) {
            return new Layout(mail == null ? null : mail.subject(), "mail header", null, mail == null ? null : mail.date(), "mail header",
                    mail == null ? null : mail.sender(), List.of(), List.of());
        }
        String title = mail == null ? null : mail.subject();
        String titleFrom = "mail header";
        if (title == null && lines[first].length() <= MAX_TITLE) {
            title = lines[first];
            titleFrom = "first line";
            consumed[first] = true;
        }
        List<String> authors = null;
        String published = mail == null ? null : mail.date();
        String publishedFrom = "mail header";
        int next = nextKept(lines, consumed, first + (consumed[first] ? 1 : 0));
        for (int seen = 0; next >= 0 && seen < HEADER_LINES; seen++) {
            List<String> names = authors == null ? Bylines.fromLine(lines[next]) : List.of();
            String date = published != null ? null : names.isEmpty() ? WrittenDates.parse(lines[next]) : dateField(lines[next]);
            if (!names.isEmpty() && date != null) {
                published = date; // "By Jane Doe | 14 March 2025"
                publishedFrom = "byline line";
            }
            if (!names.isEmpty()) {
                authors = names;
            } else if (date != null) {
                published = date;
                publishedFrom = "date line";
            } else {
                break;
            }
            consumed[next] = true;
            next = nextKept(lines, consumed, next + 1);
        }
        for (int i = 0; i < lines.length; i++) {
            if (consumed[i] || !isolated(lines, i)) {
                continue;
            }
            List<String> names = Bylines.fromLine(lines[i]);
            String date = names.isEmpty() ? WrittenDates.parse(lines[i]) : null;
            if (!names.isEmpty() || date != null || BoilerplateLines.isDisclosure(lines[i])) {
                consumed[i] = true;
                authors = authors == null && !names.isEmpty() ? names : authors;
                if (published == null && date != null) {
                    published = date;
                    publishedFrom = "date line";
                }
            }
        }
        String opening = next < 0 ? "" : lines[next];
        release = release || ReleaseLines.hasWireTag(opening) || cutAtEndMark(lines, consumed);
        if (published == null && next >= 0 && Datelines.date(opening) != null) {
            published = Datelines.date(opening);
            publishedFrom = "dateline";
        }
        cutTail(lines, consumed, release);
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            for (String tag : BoilerplateLines.tagsOf(line)) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        return new Layout(title, titleFrom, authors, published, publishedFrom, mail == null ? null : mail.sender(), tags,
                paragraphs(lines, consumed));
    }

    /** @return whether a mark ends the copy ("###", "-30-", "ENDS"): it and what follows it, contacts and notes, are set aside */
    private static boolean cutAtEndMark(String[] lines, boolean[] consumed) {
        for (int i = 0; i < lines.length; i++) {
            if (!consumed[i] && ReleaseLines.isEndMark(lines[i])) {
                for (int j = i; j < lines.length; j++) {
                    consumed[j] = true;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Sets aside everything from a copyright notice, or a line on its own that heads what follows
     * an article or the notice at the foot of a mailing ("You received this email because..."), once at least half of
     * the body's characters came before it; in a press release, also
     * from a heading of what a release adds ("Media contact:", "About Acme Corp", {@link ReleaseLines}).
     */
    private static void cutTail(String[] lines, boolean[] consumed, boolean release) {
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            total += consumed[i] ? 0 : lines[i].length();
        }
        long before = 0;
        for (int i = 0; i < lines.length; i++) {
            if (consumed[i] || lines[i].isEmpty()) {
                continue;
            }
            if (before * 2 >= total && (BoilerplateLines.isCopyright(lines[i]) || startsParagraph(lines, i)
                    && (BoilerplateLines.isEndOfArticle(lines[i]) || BoilerplateLines.isMailingNotice(lines[i])
                            || release && ReleaseLines.isTailHeading(lines[i])))) {
                for (int j = i; j < lines.length; j++) {
                    consumed[j] = true;
                }
                return;
            }
            before += lines[i].length();
        }
    }

    /** @return true when a line opens a paragraph (a heading line is followed by its text or a blank line) */
    private static boolean startsParagraph(String[] lines, int i) {
        return i == 0 || lines[i - 1].isEmpty();
    }

    /** @return true when a line is a paragraph of its own */
    private static boolean isolated(String[] lines, int i) {
        return startsParagraph(lines, i) && (i + 1 == lines.length || lines[i + 1].isEmpty());
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

    /** @return whether the line has no letter and no digit, a rule drawn in characters ("=====", "* * *", "___") */
    private static boolean isRule(String line) {
        return !line.isEmpty() && line.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** @return whether the line opens a list item ("- Foot passengers: 7.20", "• One", "2. Two"): a paragraph of its own */
    private static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).lookingAt();
    }

    private static List<String> paragraphs(String[] lines, boolean[] consumed) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            if (i < lines.length && !consumed[i] && block.length() > 0 && isListItem(lines[i])) {
                paragraphs.add(block.toString()); // the item before ends here, however it was wrapped
                block.setLength(0);
            }
            boolean boundary = i == lines.length || consumed[i] || lines[i].isEmpty();
            if (boundary) {
                if (block.length() > 0) {
                    paragraphs.add(block.toString());
                    block.setLength(0);
                }
            } else {
                if (block.length() > 0) {
                    block.append(' ');
                }
                block.append(lines[i]);
            }
        }
        return paragraphs;
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int nextKept(String[] lines, boolean[] consumed, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty() && !consumed[i]) {
                return i;
            }
        }
        return -1;
    }
}
