package org.gazette.parse.html.impl;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The box under an article: what follows the element that holds most of the article's paragraphs,
 * when it is little prose beside them (a call to action, a promotion, a bio in a box of its own).
 * Part of {@link Edges}' trim.
 */
final class OutsideTails {

    /** The element holding most paragraphs holds at least this share (in percent) of the prose. */
    static final int MAIN_PARENT_PERCENT = 60;
    /** What follows that element holds at most this much prose (in percent of the element's). */
    static final int OUTSIDE_TAIL_PERCENT = 15;
    /** A tail asking and answering at least this many questions is the article's FAQ. */
    static final int FAQ_QUESTIONS = 2;

    private OutsideTails() {
    }

    /**
     * Drops what follows the element that holds most of the article's paragraphs when it is little
     * prose beside them: a call to action, a promotion or a bio in a box of its own under the
     * article ("Ready to get started? Book a demo"), whatever its language. An article whose
     * paragraphs are spread over several elements has no such element and keeps its end.
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped) {
        Map<Element, Long> byParent = new IdentityHashMap<>();
        long prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (!dropped[i] && Tally.isProse(b) && b.owner().parent() != null) {
                byParent.merge(b.owner().parent(), (long) b.ownChars(), Long::sum);
                prose += b.ownChars();
            }
        }
        Element main = null;
        long most = 0;
        for (Map.Entry<Element, Long> e : byParent.entrySet()) {
            if (e.getValue() > most) {
                main = e.getKey();
                most = e.getValue();
            }
        }
        if (main == null || most * 100 < prose * MAIN_PARENT_PERCENT) {
            return;
        }
        int last = -1;
        for (int i = blocks.size() - 1; i >= 0 && last < 0; i--) {
            if (!dropped[i] && Trees.within(blocks.get(i).owner(), main)) {
                last = i;
            }
        }
        long after = 0;
        for (int i = last + 1; i < blocks.size(); i++) {
            after += !dropped[i] && Tally.isProse(blocks.get(i)) ? blocks.get(i).ownChars() : 0;
        }
        if (after * 100 > most * OUTSIDE_TAIL_PERCENT || answersQuestions(blocks, dropped, last + 1)
                || resumesOpening(blocks, dropped, main, last + 1)) {
            return;
        }
        for (int i = last + 1; i < blocks.size(); i++) {
            dropped[i] = true;
        }
    }

    /**
     * @return true when the first paragraph after the main element stands in the same element as a
     *         paragraph before it: the article's own text, which opened before a box that holds most
     *         of it (a step-by-step card, a recipe's directions) and closes after it ("So there you
     *         have it!"), not a box of its own under the article
     */
    private static boolean resumesOpening(List<Blocks.Block> blocks, boolean[] dropped, Element main, int from) {
        Element parent = null;
        for (int i = from; i < blocks.size() && parent == null; i++) {
            if (!dropped[i] && Tally.isProse(blocks.get(i))) {
                parent = blocks.get(i).owner().parent();
            }
        }
        if (parent == null) {
            return false;
        }
        for (int i = 0; i < from; i++) {
            Blocks.Block b = blocks.get(i);
            if (Trees.within(b.owner(), main)) {
                return false; // only the paragraphs before the main element count
            }
            if (!dropped[i] && Tally.isProse(b) && b.owner().parent() == parent) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the blocks from {@code from} on ask and answer questions: at least
     *         {@value #FAQ_QUESTIONS} lines ending with a question mark, each followed by a paragraph of prose
     */
    private static boolean answersQuestions(List<Blocks.Block> blocks, boolean[] dropped, int from) {
        int questions = 0;
        for (int i = from; i + 1 < blocks.size(); i++) {
            if (!dropped[i] && AnsweredQuestions.isQuestion(blocks.get(i).text()) && !Tally.isProse(blocks.get(i))
                    && Tally.isProse(blocks.get(i + 1))) {
                questions++;
            }
        }
        return questions >= FAQ_QUESTIONS;
    }
}
