package org.gazette.benchmarks.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The gold's snippet checks: a snippet is in the text when it is a case-insensitive substring of
 * it, after runs of whitespace on both sides are collapsed to one space (our paragraphs are joined by
 * a blank line, the gold's too, and a snippet may span two).
 */
final class Snippets {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private Snippets() {
    }

    /**
     * @param text the extracted text, possibly {@code null}
     * @param snippets the snippets
     * @return how many of them occur in the text
     */
    static int found(String text, List<String> snippets) {
        String haystack = key(text);
        int found = 0;
        for (String snippet : snippets) {
            String needle = key(snippet);
            if (!needle.isEmpty() && haystack.contains(needle)) {
                found++;
            }
        }
        return found;
    }

    private static String key(String text) {
        return text == null ? "" : SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
