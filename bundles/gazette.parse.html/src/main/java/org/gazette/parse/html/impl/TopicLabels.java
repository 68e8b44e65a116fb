package org.gazette.parse.html.impl;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;

/**
 * The section label a template prints above a post's text, in an element that its class names as
 * one: a kicker ({@code div.WebcamPreview__Kicker}), an eyebrow, the post's category
 * ({@code p.LongFormArticle_category__x1}) or its tags and topics ({@code li.tag-list-item}). Such
 * a line says where the post is filed ("Sustainability", "Cloud"), not what it says; the
 * development set's gold leaves it out. Told by the markup, not the words, so it holds in any
 * language; {@link LinesAboveText} asks only of short lines above the first paragraph.
 */
final class TopicLabels {

    /** A label has at most this many words; a longer line in such an element is a teaser's or a summary's. */
    static final int MAX_WORDS = 4;

    /** A kicker's or an eyebrow's names, and the post's taxonomy's ({@link TaxonomyNames}). */
    private static final List<String> WORDS = Stream.concat(Stream.of("kicker", "eyebrow"), TaxonomyNames.WORDS.stream()).toList();

    private TopicLabels() {
    }

    /** @return true when the block is a short line whose element, or that element's parent, is named a section label */
    static boolean isLabel(Blocks.Block b) {
        if (Text.words(b.text()) > MAX_WORDS) {
            return false;
        }
        Element owner = b.owner();
        return names(owner) || owner.parent() != null && names(owner.parent());
    }

    private static boolean names(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String classes = e.className();
        for (String w : WORDS) {
            if (NameParts.has(classes, w)) {
                return true;
            }
        }
        return false;
    }
}
