package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Sections of related posts, told by a class or id part that starts with the word ({@link RelatedSections}). */
class RelatedSectionsTest {

    @Test
    void namesOfRelatedSections() {
        for (String names : new String[] {"related-posts", "jp-relatedposts", "relatedArticles", "crp_related", "post-related wide",
            "related"}) {
            assertTrue(RelatedSections.mentions(names), names);
        }
    }

    @Test
    void wordsHoldingItAndTaxonomyOrStateClassesAreNot() {
        for (String names : new String[] {"unrelated-note", "post tag-coffee-related-reading", "category-related-news",
            "has-related", "entry-content", ""}) {
            assertFalse(RelatedSections.mentions(names), names);
        }
    }

    @Test
    void theBodysOwnClassesAreThePagesSettings() {
        Document doc = Jsoup.parse("<body class=\"fusion-woo-related-columns-4\"><article><time>Sep 14</time></article>"
                + "<div class=related-posts><time>Sep 2</time></div></body>");
        assertFalse(RelatedSections.contain(doc.selectFirst("article time")));
        assertTrue(RelatedSections.contain(doc.selectFirst("div time")));
    }
}
