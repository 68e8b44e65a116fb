package org.gazette.parse.html.impl;

import java.util.List;

/**
 * Link lines at the edges of the text: a block that is nearly all link text before the first or
 * after the last paragraph of prose is a list of related links, sources or a section's stories, not
 * the article; among the paragraphs it stays (a linked product list in a buying guide), and so do
 * the links that the last paragraph introduces with a colon. {@link BodyText} drops them once
 * with the loose labels and, through {@link #dropOutsideProse}, again after the edge rules, which
 * may set prose aside below them.
 */
final class LinkLines {

    /**
     * A block with a larger share of link text than this is a link, not a paragraph; such blocks
     * before the first or after the last prose block are dropped, those among the paragraphs kept
     * (a linked product list in a buying guide).
     */
    static final double LINK_BLOCK_SHARE = 0.9;

    private LinkLines() {
    }

    /**
     * Drops the link lines before the first and after the last prose block still kept: once a
     * promotion or a bio below the article is set aside, the list of links above it (other guides,
     * a section's stories) ends the text and goes as the link lines after the prose do.
     */
    static void dropOutsideProse(List<Blocks.Block> blocks, boolean[] dropped) {
        int first = blocks.size();
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i] && Tally.isProse(blocks.get(i))) {
                first = Math.min(first, i);
                last = i;
            }
        }
        int introduced = introduced(blocks, dropped, last);
        for (int i = 0; i < blocks.size() && last >= 0; i++) {
            Blocks.Block b = blocks.get(i);
            if ((i < first || i > last && i > introduced) && b.linkChars() > b.text().length() * LINK_BLOCK_SHARE) {
                dropped[i] = true;
            }
        }
    }

    /**
     * @return the index of the last link line in the run right after the last paragraph of prose
     *         when that paragraph ends with a colon, which introduces them ("you can find the project
     *         here:" and the link; "I'd suggest these for learning more:" and a list of links); -1
     *         when the paragraph ends otherwise
     */
    static int introduced(List<Blocks.Block> blocks, boolean[] dropped, int last) {
        if (last < 0 || !Text.introducesWhatFollows(blocks.get(last).text())) {
            return -1;
        }
        int end = last;
        for (int i = last + 1; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i]) {
                continue;
            }
            if (b.linkChars() <= b.text().length() * LINK_BLOCK_SHARE) {
                break;
            }
            end = i;
        }
        return end;
    }
}
