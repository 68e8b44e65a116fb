package org.gazette.parse.html.impl;

import java.util.List;

/**
 * Finds where a list of references ends when the article goes on after it: a "References" heading
 * closing one section, followed by a heading of the same or a higher rank that opens a section of
 * prose ({@code <h2>References</h2><ol>...</ol><h2>Next topic</h2><p>...}).
 */
final class ReferenceSections {

    private ReferenceSections() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are set aside
     * @param heading the index of the references heading
     * @return the index of the heading that opens the next section of prose, or the number of
     *         blocks when the references run to the end
     */
    static int end(List<Blocks.Block> blocks, boolean[] dropped, int heading) {
        int rank = Edges.rank(blocks.get(heading).owner());
        for (int j = heading + 1; j < blocks.size(); j++) {
            Blocks.Block b = blocks.get(j);
            if (dropped[j] || !b.heading() || Edges.rank(b.owner()) > rank) {
                continue;
            }
            for (int k = j + 1; k < blocks.size(); k++) {
                Blocks.Block next = blocks.get(k);
                if (dropped[k]) {
                    continue;
                }
                if (Tally.isProse(next)) {
                    return j;
                }
                if (next.heading() && Edges.rank(next.owner()) <= rank) {
                    break;
                }
            }
        }
        return blocks.size();
    }
}
