package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the {@code aside} elements that are part of an article's text: a box of prose set among
 * the article's paragraphs inside its container (a side note, a definition box), with paragraphs
 * of the article both before and after it. An {@code aside} is furniture elsewhere (a sidebar, a
 * box of related links); inside the container, one that holds no paragraph of prose (a pull
 * quote's loose line), holds a line that is a link as a whole (a button, a list of links), or
 * opens or ends the article stays set aside.
 */
final class InlineAsides {

    private InlineAsides() {
    }

    /**
     * @param all every block of the page in reading order
     * @param visible the blocks outside furniture
     * @param container the article's container
     * @param tags the index of the page's tree, as parsed (elements were removed since, none added)
     * @return the blocks of the inline asides, which count as shown
     */
    static Set<Blocks.Block> of(List<Blocks.Block> all, List<Blocks.Block> visible, Element container, TagIndex tags) {
        Set<Blocks.Block> out = Collections.newSetFromMap(new IdentityHashMap<>());
        // stops at the first aside rather than listing them all: most containers have none
        if (tags.hasRemaining("aside", container)) {
            Set<Blocks.Block> shown = Collections.newSetFromMap(new IdentityHashMap<>());
            shown.addAll(visible); // only for a container with an aside: most have none
            collect(all, shown, container, out);
        }
        return out;
    }

    private static void collect(List<Blocks.Block> all, Set<Blocks.Block> shown, Element container, Set<Blocks.Block> out) {
        Map<Element, List<Integer>> byAside = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Blocks.Block b = all.get(i);
            if (shown.contains(b)) {
                continue;
            }
            Element aside = asideBelow(b.owner(), container);
            if (aside != null) {
                byAside.computeIfAbsent(aside, k -> {
                    order.add(k);
                    return new ArrayList<>();
                }).add(i);
            }
        }
        int first = firstProse(all, shown, container, 0, 1);
        int last = firstProse(all, shown, container, all.size() - 1, -1);
        for (Element aside : order) {
            List<Integer> blocks = byAside.get(aside);
            boolean paragraph = false; // prose in a paragraph element, not a pull quote's loose line
            boolean link = false; // a line that is a link as a whole: a button, a list of links
            for (int i : blocks) {
                Blocks.Block b = all.get(i);
                paragraph = paragraph || Tally.isProse(b) && !b.loose();
                link = link || !b.heading() && b.linkChars() > b.text().length() * LinkLines.LINK_BLOCK_SHARE;
            }
            if (paragraph && !link && first >= 0 && first < blocks.get(0) && last > blocks.get(blocks.size() - 1)) {
                for (int i : blocks) {
                    out.add(all.get(i));
                }
            }
        }
    }

    /**
     * @return the outermost {@code aside} between an element and the container when it is the
     *         only furniture there (no navigation, no hidden element), else {@code null}
     */
    private static Element asideBelow(Element owner, Element container) {
        Element aside = null;
        for (Element e = owner; e != container; e = e.parent()) {
            if (e == null) {
                return null; // outside the container
            }
            if (Boilerplate.isFurniture(e)) {
                if (!e.normalName().equals("aside") || Boilerplate.isHidden(e)) {
                    return null;
                }
                aside = e;
            }
        }
        return aside;
    }

    /**
     * @param from where to start, {@code 0} or the last index
     * @param step {@code 1} to look forwards, {@code -1} backwards
     * @return the index of the first shown paragraph of prose inside the container seen from there, or -1
     */
    private static int firstProse(List<Blocks.Block> all, Set<Blocks.Block> shown, Element container, int from, int step) {
        for (int i = from; i >= 0 && i < all.size(); i += step) {
            Blocks.Block b = all.get(i);
            if (shown.contains(b) && Tally.isProse(b) && Trees.within(b.owner(), container)) {
                return i;
            }
        }
        return -1;
    }
}
