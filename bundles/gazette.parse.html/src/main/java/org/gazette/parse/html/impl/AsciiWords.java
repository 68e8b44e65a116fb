package org.gazette.parse.html.impl;

import java.util.Arrays;

/**
 * Lower-case words of ASCII letters, looked for anywhere in a text ignoring ASCII case (as a
 * regular expression's {@code (?i)} does): a cheap test before a regular expression that can
 * only match where one of them occurs. Immutable.
 */
final class AsciiWords {

    /**
     * The words that start with the two letters {@code a} and {@code b}, at {@code 26 * (a - 'a') + b - 'a'}, in the
     * order given; {@code null} for two letters no word starts with. A text's letters are compared with those words
     * only: most pairs of letters in class names and texts ("in", "me", "da") open one word or none.
     */
    private final String[][] byPair = new String[26 * 26][];

    /** @param words lower-case words of at least two ASCII letters */
    AsciiWords(String... words) {
        for (String w : words) {
            if (w.length() < 2 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("not a lower-case word of two or more ASCII letters: " + w);
            }
            int pair = pair(w.charAt(0), w.charAt(1));
            String[] same = byPair[pair] == null ? new String[0] : byPair[pair];
            byPair[pair] = Arrays.copyOf(same, same.length + 1);
            byPair[pair][same.length] = w;
        }
    }

    /**
     * @param text any text
     * @return true when one of the words occurs in it, ignoring ASCII case
     */
    boolean occurIn(String text) {
        int n = text.length() - 1;
        for (int i = 0; i < n; i++) {
            int pair = pair(text.charAt(i), text.charAt(i + 1));
            if (pair >= 0 && byPair[pair] != null && startsAt(text, i, byPair[pair])) {
                return true;
            }
        }
        return false;
    }

    /** @return the index of two letters in {@link #byPair} ignoring ASCII case, or -1 when they are not both ASCII letters */
    private static int pair(char a, char b) {
        int x = (a | 0x20) - 'a'; // ASCII lower case for letters; no other character becomes a letter
        int y = (b | 0x20) - 'a';
        return x >= 0 && x < 26 && y >= 0 && y < 26 ? 26 * x + y : -1;
    }

    private static boolean startsAt(String text, int at, String[] words) {
        for (String w : words) {
            if (at + w.length() <= text.length() && matchesAt(text, at, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
