package org.gazette.parse.html.impl;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Tells the label of a list from the labels beside the paragraphs: a short loose line set just
 * before a {@code <ul>} or {@code <ol>} of its own, whose first item is plain text and not a link, names
 * that list (a review's pros and cons, {@code <div class="pros-label">What we like</div><ul>...},
 * "Something to note", "What we don't like" above the cons), and the list is the article's text
 * with it. A label over a list of links is a table of contents or a box of related pages and stays
 * a label; so does one whose list was set aside, as the next block then lies outside it.
 * <p>
 * The signal is markup only: the label's next element is the list that holds the next block. On
 * the development pages 15 lines pass these tests: the 14 in two sites' review boxes are gold text,
 * the other heads a collapsed question module.
 */
final class ListLabels {

    /** More words than this is a sentence, not a label. */
    static final int MAX_WORDS = 6;

    private ListLabels() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @return for each block, true when it is a short loose line that labels the plain-text list right after it
     */
    static boolean[] of(List<Blocks.Block> blocks) {
        boolean[] labels = new boolean[blocks.size()];
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (!b.loose() || b.linkChars() > 0 || b.heading()) {
                continue;
            }
            Element list = b.owner().nextElementSibling();
            if (list == null || !isList(list)) {
                continue;
            }
            Blocks.Block first = blocks.get(i + 1);
            labels[i] = first.linkChars() == 0 && Trees.within(first.owner(), list)
                    && BodyText.words(b.text()) <= MAX_WORDS;
        }
        return labels;
    }

    private static boolean isList(Element e) {
        String name = e.normalName();
        return name.equals("ul") || name.equals("ol");
    }
}
