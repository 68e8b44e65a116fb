package org.gazette.parse.text.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazette.text.Bylines;
import org.gazette.text.WrittenDates;

/**
 * Reads the layout of a plain-text article: the first non-blank line is the title, a byline line
 * and a date line may follow it (in either order), and the rest are paragraphs separated by blank
 * lines, the lines of one paragraph joined by a space.
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
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            return null;
        }
        boolean[] consumed = new boolean[lines.length];
        String title = null;
        if (lines[first].length() <= MAX_TITLE) {
            title = lines[first];
            consumed[first] = true;
        }
        List<String> authors = null;
        String published = null;
        int next = nextNonBlank(lines, first + 1);
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
            next = nextNonBlank(lines, next + 1);
        }
        return new Layout(title, authors, published, paragraphs(lines, consumed));
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
}
