package org.gazette.parse.html.impl;

import java.util.function.Predicate;

import org.jsoup.nodes.Element;

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

    /**
     * @param el an element
     * @param names a test of a class or id attribute's whole value
     * @return true when the element or an ancestor below {@code <body>} (or {@code <head>}) has a class or id the test
     *         accepts; the body's own classes are the page's settings and state
     *         ({@code tweak-v1-related-products-...}, {@code fusion-woo-related-columns-4}), true of
     *         every element
     */
    static boolean onElementOrAncestor(Element el, Predicate<String> names) {
        for (Element e = el; e != null && !e.normalName().equals("body") && !e.normalName().equals("head"); e = e.parent()) {
            if (e.attributesSize() > 0 && (names.test(e.className()) || names.test(e.id()))) {
                return true;
            }
        }
        return false;
    }
}
