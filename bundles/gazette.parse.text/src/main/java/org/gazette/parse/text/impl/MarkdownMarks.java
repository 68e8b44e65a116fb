package org.gazette.parse.text.impl;

import java.util.regex.Pattern;

/**
 * The marks of Markdown that texts written in it (newsletters, notes, exported posts saved as {@code .txt}) leave
 * in a plain-text copy, taken off a line so that its words read as the article's: a heading's {@code #}s
 * ("## What changes"), a link's address ("[the operator](https://...)" gives "the operator"), strong emphasis
 * with asterisks ("**island ferry**") and a line set in emphasis as a whole ("_Published 14 March 2025_"). A lone {@code *} or
 * {@code _} inside a line (a footnote mark, a variable name) is left alone.
 */
final class MarkdownMarks {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");
    /** A link, its address possibly holding one level of parentheses ("https://example.org/wiki/Ferry_(boat)"). */
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]{1,300})\\]\\((?:https?://|/|#|mailto:)(?:[^()\\s]|\\([^()\\s]*\\))*\\)");
    /** Strong emphasis with asterisks only: "__" also stands inside names ("__init__"). */
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)([^*\\n]{1,300}?)(?<=\\S)\\*\\*");
    private static final Pattern WHOLE_EMPHASIS = Pattern.compile("^([*_])(?=\\S)(.*?)(?<=\\S)\\1$");

    private MarkdownMarks() {
    }

    /** @return the line without Markdown's marks; the same instance when it has none */
    static String strip(String line) {
        if (line.indexOf('#') != 0 && line.indexOf('[') < 0 && line.indexOf('*') < 0 && line.indexOf('_') < 0) {
            return line; // most lines
        }
        String out = HEADING.matcher(line).replaceFirst("$1");
        out = LINK.matcher(out).replaceAll("$1");
        out = STRONG.matcher(out).replaceAll("$1");
        return WHOLE_EMPHASIS.matcher(out).replaceFirst("$2");
    }
}
