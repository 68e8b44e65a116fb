package org.gazette.parse.html.impl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A closing box printed again: after the article's last paragraph of prose that is printed once, a
 * block whose text the article already printed goes. Templates print an author's bio box once per
 * screen size, a sign-off or a call to action both above the text and under it ("Want more? Follow
 * us on ..."), an FAQ both in the text and in a toggle box under it; readers see one copy, and the
 * article ends where its own prose ends. A paragraph repeated among the article's paragraphs (the
 * same step in each day of a plan, the same line in two tables) has prose printed once after it, and
 * stays; so does a refrain when less than half of the text comes before the last prose printed once
 * (lyrics, a poem: short lines, the refrain repeated to the end). Part of {@link Edges}' trim.
 */
final class RepeatedTails {

    private RepeatedTails() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped) {
        Set<Long> sketches = new HashSet<>();
        boolean anyRepeat = false;
        for (int i = 0; i < blocks.size() && !anyRepeat; i++) {
            anyRepeat = !dropped[i] && !sketches.add(Text.sketch(blocks.get(i).text()));
        }
        if (!anyRepeat) {
            return; // most articles: no text comes twice, none needs hashing whole
        }
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i]) {
                count.merge(blocks.get(i).text(), 1, Integer::sum);
            }
        }
        int lastOnce = -1;
        for (int i = blocks.size() - 1; i >= 0 && lastOnce < 0; i--) {
            Blocks.Block b = blocks.get(i);
            if (!dropped[i] && Tally.isProse(b) && count.get(b.text()) == 1) {
                lastOnce = i;
            }
        }
        if (lastOnce < 0 || !endsLate(blocks, dropped, lastOnce)) {
            return; // no prose printed once, or little of it, then repeats: a song's or a poem's refrain, not a closing box
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (dropped[i]) {
                continue;
            }
            String text = blocks.get(i).text();
            if (!seen.add(text) && i > lastOnce && Tally.isProse(blocks.get(i))) {
                dropped[i] = true;
            }
        }
    }

    /** @return true when at least half of the kept text comes before the block, so that what follows it is a tail */
    private static boolean endsLate(List<Blocks.Block> blocks, boolean[] dropped, int last) {
        long before = 0;
        long all = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i]) {
                all += blocks.get(i).text().length();
                before += i <= last ? blocks.get(i).text().length() : 0;
            }
        }
        return 2 * before >= all;
    }
}
