package org.gazette.parse.html.impl;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;

/**
 * Sections of related posts as templates name them ({@code related-posts}, {@code jp-relatedposts},
 * {@code relatedArticles}): the cards there carry the dates of other articles, which are no
 * publication date of this one ({@link VisibleDates}). A name part must start with the word: not a
 * longer word that holds it ({@code unrelated}); and a post's taxonomy or state class that holds it
 * ({@code tag-coffee-related-reading}, {@code has-related}) names the post, not a section.
 */
final class RelatedSections {
    private static final String RELATED = "related";
    /** First parts of a class that files the post or tells its state, whatever words follow. */
    /** The post's taxonomy ({@link TaxonomyNames}) and a state's words ("has-related", "no-related"). */
    private static final List<String> TAXONOMY_OR_STATE = Stream.concat(TaxonomyNames.WORDS.stream(), Stream.of("has", "no", "is")).toList();

    private RelatedSections() {
    }

    /** @return true when the element or an ancestor below the body has a class or id that speaks of related posts */
    static boolean contain(Element el) {
        return NameParts.onElementOrAncestor(el, RelatedSections::mentions);
    }

    /** @return true when a token of the names, other than a taxonomy or state class, has a part starting with "related" */
    static boolean mentions(String names) {
        int n = names.length();
        for (int start = 0; start < n; start++) {
            int end = start;
            while (end < n && !Text.isSpace(names.charAt(end))) {
                end++;
            }
            if (end > start && !isTaxonomyOrState(names, start, end) && partStartsRelated(names, start, end)) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /** @return true when a part of the token {@code names[start, end)} starts with "related" */
    private static boolean partStartsRelated(String names, int start, int end) {
        for (int i = start; i + RELATED.length() <= end; i++) {
            boolean partStart = i == start || isPartEnd(names.charAt(i - 1));
            if (partStart && names.regionMatches(true, i, RELATED, 0, RELATED.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the first part of the token {@code names[start, end)} is a taxonomy's or a state's */
    private static boolean isTaxonomyOrState(String names, int start, int end) {
        int first = start;
        while (first < end && !isPartEnd(names.charAt(first))) {
            first++;
        }
        if (first == end) {
            return false; // one part: the section's own name ("related")
        }
        for (String word : TAXONOMY_OR_STATE) {
            if (first - start == word.length() && names.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPartEnd(char c) {
        return c == '-' || c == '_';
    }
}
