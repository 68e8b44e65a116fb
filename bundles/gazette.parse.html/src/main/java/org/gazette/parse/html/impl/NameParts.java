package org.gazette.parse.html.impl;

/**
 * The parts of a class or id attribute, split at spaces, hyphens and underscores ("post-date",
 * "entry_meta", "btn btn-primary"), as templates compose their names from words.
 */
final class NameParts {

    private NameParts() {
    }

    /** @return true when a part of the names equals the word, ignoring case; reads the names without copying them */
    static boolean has(String names, String word) {
        int n = names.length();
        for (int i = 0; i < n; i++) {
            int start = i;
            while (i < n && names.charAt(i) != '-' && names.charAt(i) != '_' && !Text.isSpace(names.charAt(i))) {
                i++;
            }
            if (i - start == word.length() && names.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
