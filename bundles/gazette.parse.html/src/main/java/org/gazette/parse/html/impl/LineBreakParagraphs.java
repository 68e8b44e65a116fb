package org.gazette.parse.html.impl;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Tells the short lines of an article written as {@code <br>}-separated text from labels: a short
 * loose line whose element holds paragraphs of prose as loose text both before and after it is a
 * line of that text (a list typed as "- item" lines between two paragraphs of one {@code div}),
 * not a label, a price or a button's words beside the paragraphs.
 */
final class LineBreakParagraphs {

    private LineBreakParagraphs() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @return for each block, true when it is a loose line whose element holds loose prose both
     *         before and after it
     */
    static boolean[] amongProse(List<Blocks.Block> blocks) {
        int n = blocks.size();
        boolean[] before = new boolean[n];
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Blocks.Block b = blocks.get(i);
            before[i] = seen.containsKey(b.owner());
            if (b.loose() && Tally.isProse(b)) {
                seen.put(b.owner(), true);
            }
        }
        seen.clear();
        boolean[] among = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            Blocks.Block b = blocks.get(i);
            among[i] = b.loose() && before[i] && seen.containsKey(b.owner());
            if (b.loose() && Tally.isProse(b)) {
                seen.put(b.owner(), true);
            }
        }
        return among;
    }
}
