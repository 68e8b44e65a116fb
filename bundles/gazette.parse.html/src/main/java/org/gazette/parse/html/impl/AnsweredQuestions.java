package org.gazette.parse.html.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the questions of a question-and-answer block from labels: a short loose line that ends with
 * a question mark and is followed at once by a paragraph of prose is a question the article
 * answers (an FAQ accordion's {@code <div class="faq-question">}, a question set as a styled
 * {@code div} instead of a heading), not a label, a price or a button's words beside the
 * paragraphs. A line that is mostly link text belongs to a table of contents, though its last
 * entry asks a question. A question asked more than once is a carousel's copy of its slides (a
 * looping slider repeats them) and stays a label. The question mark is punctuation, not wording,
 * so the rule holds in any language that ends its questions with {@code ?}, {@code ？} or
 * {@code ؟}.
 */
final class AnsweredQuestions {

    private AnsweredQuestions() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @return for each block, true when it is a loose line asking a question that the next block,
     *         a paragraph of prose, answers
     */
    static boolean[] of(List<Blocks.Block> blocks) {
        boolean[] answered = new boolean[blocks.size()];
        Map<String, Integer> asked = new HashMap<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            answered[i] = b.loose() && isQuestion(b.text()) && b.linkChars() * 2 < b.text().length()
                    && Tally.isProse(blocks.get(i + 1));
            if (answered[i]) {
                asked.merge(b.text(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < answered.length; i++) {
            answered[i] = answered[i] && asked.get(blocks.get(i).text()) == 1; // a carousel's copies of its slides
        }
        return answered;
    }

    /** @return true when the text ends with a question mark ({@code ?}, {@code ？} or {@code ؟}) */
    static boolean isQuestion(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '?' || last == '\uFF1F' || last == '\u061F';
    }
}
