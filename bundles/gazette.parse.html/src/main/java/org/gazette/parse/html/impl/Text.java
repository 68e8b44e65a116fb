package org.gazette.parse.html.impl;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whitespace and comparison helpers for text read from a page.
 */
final class Text {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /**
     * @param text any text, possibly {@code null}
     * @return the text with runs of whitespace as one space, trimmed; empty for {@code null}
     */
    static String normalise(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim();
    }

    /**
     * @param text any text
     * @return a key for loose comparison: lower case, letters and digits only
     */
    static String key(String text) {
        return NOT_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * @param text normalised text
     * @return the number of words (runs of non-space characters)
     */
    static int words(String text) {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    /**
     * @param text any text
     * @return its distinct words, lower case, letters and digits only
     */
    static java.util.Set<String> wordSet(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : NOT_ALNUM.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
