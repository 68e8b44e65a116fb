package org.gazette.parse.html.impl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article printed more than once (a page builder's copy per screen size): when most distinct
 * paragraphs of prose come again, every block whose text came before goes. A paragraph repeated on
 * its own (a pull quote, the same step in each day of a plan) stays. Part of {@link Edges}' trim.
 */
final class RepeatedArticles {

    /** At least this many paragraphs of prose, and half of them, repeated mean the article is printed twice. */
    static final int MANY_REPEATS = 3;

    private RepeatedArticles() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped) {
        if (possibleRepeats(blocks, dropped) < MANY_REPEATS) {
            return; // most articles: no text needs hashing whole
        }
        Map<String, Boolean> prose = new HashMap<>();
        Set<String> seen = new HashSet<>();
        boolean[] repeated = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i]) {
                continue;
            }
            repeated[i] = !seen.add(b.text());
            if (Tally.isProse(b)) {
                prose.merge(b.text(), repeated[i], (was, now) -> was || now);
            }
        }
        int again = 0;
        for (boolean r : prose.values()) {
            again += r ? 1 : 0;
        }
        if (again < MANY_REPEATS || again * 2 < prose.size()) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            dropped[i] |= repeated[i];
        }
    }

    /**
     * @return at least the number of distinct prose texts that {@link #drop} finds repeated: the
     *         prose blocks whose {@link Text#sketch} an earlier kept block has (equal texts have equal
     *         sketches), told without hashing every paragraph whole
     */
    private static int possibleRepeats(List<Blocks.Block> blocks, boolean[] dropped) {
        Set<Long> seen = new HashSet<>();
        int possible = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i] && !seen.add(Text.sketch(blocks.get(i).text())) && Tally.isProse(blocks.get(i))) {
                possible++;
            }
        }
        return possible;
    }
}
