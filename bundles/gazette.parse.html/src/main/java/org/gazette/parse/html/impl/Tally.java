package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Text counts per element, summed from the blocks below it: the characters outside links, and
 * how much of that is prose (blocks long enough and with few enough links to be sentences) against
 * what is clutter (short lines, link lists).
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
        /** While the tally is built: true once the element's whole subtree is summed. */
        private boolean closed;

        /** @return prose minus clutter: how much an element gains by being the article */
        int score() {
            return prose - clutter;
        }
    }

    private final Map<Element, Counts> counts;
    /** The elements of {@link #counts} in the order they were first counted: document order when the blocks are. */
    private final List<Element> elements = new ArrayList<>();
    private final Counts total;

    /**
     * @param blocks the blocks to count, in document order
     * @param root the element to count up to, inclusive
     */
    Tally(List<Blocks.Block> blocks, Element root) {
        counts = new IdentityHashMap<>(blocks.size() * 4);
        if (!sumBySubtree(blocks, root)) {
            counts.clear();
            elements.clear();
            sumByAncestors(blocks, root);
        }
        total = countsOf(root);
    }

    /**
     * Adds each block to its owner only, and an element's counts to its parent's once no later
     * block lies below it: blocks in document order leave each subtree for good. One visit per
     * element instead of a walk up to the root per block.
     *
     * @return false, with the counts incomplete, when a block lies outside the root or out of
     *         document order
     */
    private boolean sumBySubtree(List<Blocks.Block> blocks, Element root) {
        List<Counts> open = new ArrayList<>(); // of the current block's ancestors up to the root, outermost first
        List<Element> chain = new ArrayList<>();
        for (Blocks.Block b : blocks) {
            chain.clear();
            Element e = b.owner();
            Counts known = null;
            while (e != null && (known = counts.get(e)) == null) {
                chain.add(e);
                e = e == root ? null : e.parent();
            }
            if (known == null ? !open.isEmpty() || chain.get(chain.size() - 1) != root : known.closed) {
                return false;
            }
            while (!open.isEmpty() && open.get(open.size() - 1) != known) {
                close(open);
            }
            Counts owner = known;
            for (int i = chain.size() - 1; i >= 0; i--) {
                owner = countsOf(chain.get(i));
                open.add(owner);
            }
            add(owner, b);
        }
        while (!open.isEmpty()) {
            close(open);
        }
        return true;
    }

    private static void close(List<Counts> open) {
        Counts from = open.remove(open.size() - 1);
        from.closed = true;
        if (!open.isEmpty()) {
            Counts to = open.get(open.size() - 1);
            to.chars += from.chars;
            to.prose += from.prose;
            to.clutter += from.clutter;
        }
    }

    /** Adds each block to every element from its owner up to the root, or to the top when the root is not above it. */
    private void sumByAncestors(List<Blocks.Block> blocks, Element root) {
        for (Blocks.Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                add(countsOf(e), b);
                if (e == root) {
                    break;
                }
            }
        }
    }

    private static void add(Counts c, Blocks.Block b) {
        int chars = b.ownChars();
        boolean prose = isProse(b);
        c.chars += chars;
        c.prose += prose ? chars : 0;
        c.clutter += LINK_WEIGHT * b.linkChars() + (prose || b.heading() || !b.loose() ? 0 : chars);
    }

    private Counts countsOf(Element el) {
        Counts c = counts.get(el);
        if (c == null) {
            c = new Counts();
            counts.put(el, c);
            elements.add(el);
        }
        return c;
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

    /** @return every element holding counted text, the root included, in document order when the blocks are */
    List<Element> elements() {
        return elements;
    }
}
