package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the opening of an article printed just before the element chosen as its container, as a
 * sibling of it: a lede paragraph set apart in a larger type ({@code <p class="large-text">} before a
 * CMS's body field), a summary or "quick insight" box above the body, the first paragraphs of a
 * page-builder article before the block that holds the rest. Templates put the headline first, then
 * such an opening, then the body element; the container, chosen by its markup or by its prose, holds
 * only the last.
 * <p>
 * Walking back from the container's first block, each earlier sibling (of the container's parent)
 * whose shown text holds a paragraph of prose, outside any heading, and next to no links (at most a
 * tenth of its characters: a share button's word in a summary box) is taken, up to the first sibling
 * that is not such an opening. Siblings of headings alone between them come along (the title of the
 * body's section under a summary box); siblings whose text is all set aside (a figure, an ad slot, a
 * hidden box) are passed over.
 * The openings count only below the page's first {@code <h1>}: a sibling holding the headline is the
 * article's header band (its standfirst, byline and share bar, which the development set's gold
 * leaves out as often as not), and text above the headline is the page's, not the article's.
 */
final class Ledes {

    /** A sibling with a larger share of link text than this is navigation or a teaser, not an opening. */
    static final double MAX_LINK_SHARE = 0.1;

    /**
     * The opening found.
     *
     * @param elements the siblings that open the article, children of the root
     * @param root the element whose children they are, the container's parent
     * @param from the index of their first block in the page's blocks
     * @param to the index after their last block: the container's first
     */
    record Opening(Set<Element> elements, Element root, int from, int to) {

        /** @return true when the block at an index of the page's blocks lies in the opening */
        boolean holds(int index, Element owner) {
            if (index < from || index >= to) {
                return false;
            }
            for (Element e = owner; e != null && e != root; e = e.parent()) {
                if (elements.contains(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Ledes() {
    }

    /**
     * @param all every block of the page in reading order
     * @param shown the blocks outside furniture and boilerplate-named elements: a subsequence of {@code all}
     * @param container the element chosen as the article's container
     * @return the opening before the container, or {@code null}; only asked of a container chosen
     *         as the article's body, not of one holding a whole article ({@code article}, {@code main})
     */
    static Opening of(List<Blocks.Block> all, List<Blocks.Block> shown, Element container) {
        if (container.parent() == null || container.normalName().equals("body")) {
            return null;
        }
        int a = 0; // the container's first shown block, in all
        int s = 0; // and in shown
        while (s < shown.size() && !Trees.within(shown.get(s).owner(), container)) {
            s++;
        }
        if (s == shown.size() || s == 0) {
            return null;
        }
        while (all.get(a) != shown.get(s)) {
            a++;
        }
        Element parent = container.parent();
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> headings = new ArrayList<>(); // siblings of headings alone, nearest first
        Sibling sibling = null;
        int firstTaken = -1; // the first block of the earliest sibling taken
        boolean headline = false;
        for (int i = a - 1; i >= 0; i--) {
            Blocks.Block b = all.get(i);
            boolean isShown = s > 0 && shown.get(s - 1) == b;
            s -= isShown ? 1 : 0;
            Element top = childOf(b.owner(), parent);
            if (b.owner().normalName().equals("h1")) {
                headline = true;
                sibling = sibling != null && sibling.element == top ? null : sibling; // holding the headline: the header band
                break;
            }
            if (top == null) {
                break;
            }
            if (sibling == null || sibling.element != top) {
                if (sibling != null && !sibling.take(out, headings)) {
                    sibling = null;
                    break;
                }
                firstTaken = sibling != null && out.contains(sibling.element) ? sibling.first : firstTaken;
                sibling = new Sibling(top);
            }
            sibling.first = i;
            if (isShown) {
                sibling.add(b);
            }
        }
        if (sibling != null && sibling.take(out, headings) && out.contains(sibling.element)) {
            firstTaken = sibling.first;
        }
        if (out.isEmpty()) {
            return null;
        }
        for (int i = firstTaken; i >= 0 && !headline; i--) {
            headline = all.get(i).owner().normalName().equals("h1");
        }
        return headline ? new Opening(out, parent, firstTaken, a) : null;
    }

    /** @return the ancestor of an element (itself included) that is a child of the parent, or {@code null} */
    private static Element childOf(Element el, Element parent) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.parent() == parent) {
                return e;
            }
        }
        return null;
    }

    /** The shown text of one earlier sibling of the container, gathered block by block. */
    private static final class Sibling {
        final Element element;
        /** The index of its first block in the page's blocks. */
        int first;
        int chars;
        int linkChars;
        boolean paragraph;
        boolean linkLine;
        boolean text;
        boolean headingsOnly = true;

        Sibling(Element element) {
            this.element = element;
        }

        void add(Blocks.Block b) {
            text = true;
            chars += b.text().length();
            linkChars += b.linkChars();
            paragraph = paragraph || !b.heading() && Tally.isProse(b);
            linkLine = linkLine || b.linkChars() > b.text().length() * LinkLines.LINK_BLOCK_SHARE;
            headingsOnly = headingsOnly && b.heading();
        }

        /**
         * Adds this sibling to the openings when it is one, with the siblings of headings between it
         * and the container.
         *
         * @return false when it ends the opening: text that is not an article's
         */
        boolean take(Set<Element> out, List<Element> headings) {
            if (!text) {
                return true; // all set aside: a figure, a hidden box
            }
            if (headingsOnly && !linkLine) {
                headings.add(element);
                return true;
            }
            if (!paragraph || linkChars > chars * MAX_LINK_SHARE) {
                return false;
            }
            out.addAll(headings);
            headings.clear();
            out.add(element);
            return true;
        }
    }
}
