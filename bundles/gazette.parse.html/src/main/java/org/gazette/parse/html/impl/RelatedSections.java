package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * Sections of related posts as templates name them ({@code related-posts}, {@code jp-relatedposts},
 * {@code relatedArticles}): the cards there carry the dates of other articles, which are no
 * publication date of this one ({@link VisibleDates}).
 */
final class RelatedSections {
    private static final String RELATED = "related";

    private RelatedSections() {
    }

    /** @return true when the element or an ancestor has a class or id that speaks of related posts */
    static boolean contain(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.attributesSize() > 0 && (mentions(e.className()) || mentions(e.id()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String tokens) {
        int n = tokens.length() - RELATED.length();
        for (int i = 0; i <= n; i++) {
            char c = tokens.charAt(i);
            if ((c == 'r' || c == 'R') && tokens.regionMatches(true, i, RELATED, 0, RELATED.length())) {
                return true;
            }
        }
        return false;
    }
}
