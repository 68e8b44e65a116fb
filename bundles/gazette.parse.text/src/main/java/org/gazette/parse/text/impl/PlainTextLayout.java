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

    /**
     * @param title the title line, or {@code null} when the first line is too long to be one
     * @param authors the byline's names, or {@code null}
     * @param published the date line as ISO-8601, or {@code null}
     * @param paragraphs the body paragraphs, possibly empty
     */
    record Layout(String title, List<String> authors, String published, List<String> paragraphs) {
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
            lines[i] = SPACES.matcher(lines[i]).replaceAll(" ").trim();
        }
        if (nextNonBlank(lines, 0) < 0) {
            return null;
        }
        boolean[] consumed = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            consumed[i] = !lines[i].isEmpty() && BoilerplateLines.isBoilerplate(lines[i]);
        }
        int first = nextKept(lines, consumed, 0);
        if (first < 0) {
            return new Layout(null, null, null, List.of());
        }
        String title = null;
        if (lines[first].length() <= MAX_TITLE) {
            title = lines[first];
            consumed[first] = true;
        }
        List<String> authors = null;
        String published = null;
        int next = nextKept(lines, consumed, first + 1);
        for (int seen = 0; title != null && next >= 0 && seen < HEADER_LINES; seen++) {
            List<String> names = authors == null ? Bylines.fromLine(lines[next]) : List.of();
            String date = names.isEmpty() && published == null ? WrittenDates.parse(lines[next]) : null;
            if (!names.isEmpty()) {
                authors = names;
            } else if (date != null) {
                published = date;
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
                published = published == null ? date : published;
            }
        }
        cutTail(lines, consumed);
        return new Layout(title, authors, published, paragraphs(lines, consumed));
    }

    /**
     * Sets aside everything from a copyright notice, or a line on its own that heads what follows
     * an article, once at least half of the body's characters came before it.
     */
    private static void cutTail(String[] lines, boolean[] consumed) {
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            total += consumed[i] ? 0 : lines[i].length();
        }
        long before = 0;
        for (int i = 0; i < lines.length; i++) {
            if (consumed[i] || lines[i].isEmpty()) {
                continue;
            }
            if (before * 2 >= total && (BoilerplateLines.isCopyright(lines[i])
                    || startsParagraph(lines, i) && BoilerplateLines.isEndOfArticle(lines[i]))) {
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

    private static List<String> paragraphs(String[] lines, boolean[] consumed) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
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
