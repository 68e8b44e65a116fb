package org.gazette.parse.html.impl;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Finds the cards among an article's paragraphs whose whole box is one link: an {@code <a href>}
 * around a heading and a summary, or around a paragraph ({@code <a class="card"><h3>Title</h3><p>Summary</p></a>}),
 * as themes print a featured post, a related story, a product or a promotion between the
 * paragraphs or after them. Text the reader follows elsewhere is not the article's, in any
 * language. A link around a heading alone (a linked section title, a product's name) stays, and so
 * does a link to a place on the page ({@code href="#..."}, an accordion's or a tab's toggle) or
 * one holding a large part of the article (a page wrapped in a link by broken markup).
 */
final class LinkedCards {

    /** A card holds at most the article's text divided by this. */
    static final int MAX_SHARE_DIVISOR = 4;

    private LinkedCards() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param root the element holding the article
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, Element root) {
        int total = 0;
        for (Blocks.Block b : blocks) {
            total += b.text().length();
        }
        for (int i = 0; i < blocks.size(); i++) {
            Element card = link(blocks.get(i).owner(), root);
            if (card == null) {
                continue;
            }
            int end = i;
            int chars = 0;
            boolean body = false;
            while (end < blocks.size() && Trees.within(blocks.get(end).owner(), card)) {
                chars += blocks.get(end).text().length();
                body = body || !blocks.get(end).heading();
                end++;
            }
            if ((end - i >= 2 || body) && chars * MAX_SHARE_DIVISOR <= total) {
                for (int j = i; j < end; j++) {
                    dropped[j] = true;
                }
            }
            i = end - 1; // the card's blocks stand together in reading order
        }
    }

    /** @return the link leading elsewhere around a block's element, below the root; {@code null} if none */
    private static Element link(Element owner, Element root) {
        for (Element e = owner.parent(); e != null && e != root; e = e.parent()) {
            if (e.normalName().equals("a")) {
                String href = e.attr("href").trim();
                return href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)
                        ? null : e;
            }
        }
        return null;
    }
}
