package org.gazette.parse.html.impl;

import java.util.List;

/**
 * Short loose lines beside the paragraphs: text outside paragraph elements that is no prose (a
 * label, a price, a button's words) goes when the article's prose is set in paragraph elements,
 * but for the loose lines that belong to the text ({@link LineBreakParagraphs}: lines of
 * {@code <br>}-separated prose, {@link AnsweredQuestions}, {@link ListLabels}, {@link ItemCaptions})
 * and for headings. An article written mostly as loose text keeps all of them.
 */
final class LooseLines {

    private LooseLines() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @return for each block, true when it is a loose line to drop
     */
    static boolean[] toDrop(List<Blocks.Block> blocks) {
        boolean looseText = looseText(blocks);
        boolean[] amongProse = LineBreakParagraphs.amongProse(blocks);
        boolean[] questions = AnsweredQuestions.of(blocks);
        boolean[] listLabels = ListLabels.of(blocks);
        boolean[] captions = ItemCaptions.of(blocks);
        boolean[] drop = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            drop[i] = b.loose() && !looseText && !b.heading() && !Tally.isProse(b) && !amongProse[i] && !questions[i]
                    && !listLabels[i] && !captions[i];
        }
        return drop;
    }

    /** @return true when most prose of the blocks is loose text, outside paragraph elements */
    private static boolean looseText(List<Blocks.Block> blocks) {
        int prose = 0;
        int loose = 0;
        for (Blocks.Block b : blocks) {
            if (Tally.isProse(b)) {
                prose += b.ownChars();
                loose += b.loose() ? b.ownChars() : 0;
            }
        }
        return loose * 2 > prose;
    }
}
