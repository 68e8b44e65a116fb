package org.gazette.parse.html.impl;

import java.util.List;

/**
 * The class-name words with which templates mark a post's categories, tags and topics
 * ({@code span.byline__category}, {@code ul.post-topics}, {@code div.entry-tags}): what such an element
 * prints is the post's taxonomy, neither an author's name ({@link BylineImpostors}) nor text
 * ({@link TopicLabels}).
 */
final class TaxonomyNames {

    /** The words, each a whole part of a class or id name ({@link NameParts}). */
    static final List<String> WORDS = List.of("category", "categories", "tag", "tags", "topic", "topics");

    private TaxonomyNames() {
    }
}
