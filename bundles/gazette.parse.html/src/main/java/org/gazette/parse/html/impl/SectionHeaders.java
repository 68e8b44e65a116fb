package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * Tells a section's heading set in a {@code header} element inside an article ({@code <section>
 * <header><h3>The MKT Trail</h3></header> ...}) from the page's header: furniture is set aside
 * before the article is found, so a {@code header} anywhere counts as the page's; among the
 * article's paragraphs, a heading whose only furniture around it is such a {@code header} is the
 * article's own.
 */
final class SectionHeaders {

    private SectionHeaders() {
    }

    /**
     * @param owner the element around a heading's text
     * @param root the element holding the article (its container, or the parent of its parts)
     * @return true when a {@code header} below the root is the only furniture around the heading
     *         (no navigation, no hidden element, no {@code aside})
     */
    static boolean isSectionHeading(Element owner, Element root) {
        boolean inHeader = false;
        for (Element e = owner; e != null && e != root; e = e.parent()) {
            if (e.normalName().equals("header")) {
                inHeader = true;
            } else if (Boilerplate.isFurniture(e)) {
                return false;
            }
        }
        return inHeader;
    }
}
