package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

/**
 * Words grouped by their first letter, so that a part of a name is compared (with
 * {@link String#regionMatches(boolean, int, String, int, int)}, ignoring case) only with the words
 * that start as it does, not with every word of a list. Immutable.
 */
final class WordsByInitial {

    private static final String[] NONE = {};

    private final String[] all;
    /** The words by their lower-case ASCII initial. */
    private final String[][] byInitial = new String[128][];

    /** @param words words starting with a lower-case ASCII letter */
    WordsByInitial(String... words) {
        this.all = words.clone();
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < byInitial.length; c++) {
            lists.add(new ArrayList<>());
        }
        for (String w : all) {
            if (w.isEmpty() || w.charAt(0) < 'a' || w.charAt(0) > 'z') {
                throw new IllegalArgumentException("not a word starting with a lower-case ASCII letter: " + w);
            }
            lists.get(w.charAt(0)).add(w);
        }
        for (int c = 0; c < byInitial.length; c++) {
            byInitial[c] = lists.get(c).isEmpty() ? NONE : lists.get(c).toArray(NONE);
        }
    }

    /**
     * @param initial the first character of a text
     * @return the words that may equal, ignoring case, a text starting with it: those with the same
     *         initial for an ASCII character, all of them otherwise (case folding outside ASCII can
     *         make a letter such as U+017F, a long s, equal to an ASCII one)
     */
    String[] candidates(char initial) {
        return initial < byInitial.length ? byInitial[Character.toLowerCase(initial)] : all;
    }
}
