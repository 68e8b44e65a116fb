package org.gazette.parse.html.impl;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Text counts per element, summed from the blocks below it in one walk up from each block: the
 * characters outside links, and how much of that is prose (blocks long enough and with few enough
 * links to be sentences) against what is clutter (short lines, link lists).
 */
final class Tally {

    /** A block with fewer characters outside links than this is a label or a link, not prose. */
    static final int PROSE_CHARS = 60;
    /** A block with a larger share of link text than this is navigation, not prose. */
    static final double PROSE_LINK_SHARE = 0.35;

    /** How much worse a character of link text is than a character of prose is good. */
    static final int LINK_WEIGHT = 3;

    /** Counts of one element; mutable while the tally is built, read only afterwards. */
    static final class Counts {
        int chars;
        int prose;
        int clutter;

        /** @return prose minus clutter: how much an element gains by being the article */
        int score() {
            return prose - clutter;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final Counts total;

    /**
     * @param blocks the blocks to count
     * @param root the element to count up to, inclusive
     */
    Tally(List<Blocks.Block> blocks, Element root) {
        for (Blocks.Block b : blocks) {
            int chars = b.ownChars();
            boolean prose = isProse(b);
            int clutter = LINK_WEIGHT * b.linkChars() + (prose || b.heading() || !b.loose() ? 0 : chars);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                Counts c = counts.computeIfAbsent(e, k -> new Counts());
                c.chars += chars;
                c.prose += prose ? chars : 0;
                c.clutter += clutter;
                if (e == root) {
                    break;
                }
            }
        }
        total = counts.computeIfAbsent(root, k -> new Counts());
    }

    /** @return true when a block reads as a sentence or more rather than a label or a link */
    static boolean isProse(Blocks.Block b) {
        return b.ownChars() >= PROSE_CHARS && b.linkChars() <= b.text().length() * PROSE_LINK_SHARE;
    }

    /** @return the counts of an element, zero when it holds no counted text */
    Counts of(Element el) {
        Counts c = counts.get(el);
        return c == null ? new Counts() : c;
    }

    /** @return the counts of the root */
    Counts total() {
        return total;
    }

    /** @return every element holding counted text, with its counts */
    Map<Element, Counts> all() {
        return counts;
    }

    /**
     * @param el an element
     * @return true when it holds at least half of the root's text outside links
     */
    boolean holdsMost(Element el) {
        return of(el).chars * 2 >= total.chars && total.chars > 0;
    }
}
