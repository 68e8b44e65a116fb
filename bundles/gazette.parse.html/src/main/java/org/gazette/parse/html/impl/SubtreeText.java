package org.gazette.parse.html.impl;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Whether an element holds most of the text of some blocks: as the {@link Tally} of the blocks
 * tells ({@code chars} of the element against those of the root), without counting every element
 * of the page, which {@link BoilerplateBlocks#without} did three times per page for the few elements it
 * asks about. The blocks inside an element follow its first one in reading order, with at most
 * blocks of its ancestors between them (the loose text of an inline element holding paragraphs);
 * the first block of neither kind lies beyond the element. Elements nested in each other would
 * each be looked through again: after as many blocks looked at as there are, the tally is taken
 * after all, so that a page's nesting cannot make this slower than the tally.
 */
final class SubtreeText {

    private final List<Blocks.Block> blocks;
    private final Element root;
    /** The characters outside links ({@link Blocks.Block#ownChars}) of all the blocks. */
    private final long total;
    /** How many more blocks may be looked at before the tally is taken. */
    private int budget;
    private Tally tally;

    /**
     * @param blocks blocks in reading order, all below the root
     * @param root the element the blocks lie in
     */
    SubtreeText(List<Blocks.Block> blocks, Element root) {
        this.blocks = blocks;
        this.root = root;
        long chars = 0;
        for (Blocks.Block b : blocks) {
            chars += b.ownChars();
        }
        total = chars;
        budget = blocks.size();
    }

    /**
     * @param el an element below the root
     * @param first the index of the first block inside it
     * @return true when it holds at least half of the blocks' characters outside links
     */
    boolean holdsMost(Element el, int first) {
        long chars = 0;
        for (int i = first; i < blocks.size() && tally == null; i++) {
            Element owner = blocks.get(i).owner();
            if (Trees.within(owner, el)) {
                chars += blocks.get(i).ownChars();
            } else if (!Trees.within(el, owner)) {
                break; // a block of another branch: the element's blocks are all before it
            }
            if (--budget < 0) {
                tally = new Tally(blocks, root);
            }
        }
        if (tally != null) {
            chars = tally.of(el).chars;
        }
        return chars * 2 >= total && total > 0;
    }
}
