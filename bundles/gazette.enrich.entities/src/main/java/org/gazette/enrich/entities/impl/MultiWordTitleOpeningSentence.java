package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A title of several words opening a sentence ("Secretary of State Ann Lee said", "Attorney General
 * Tom Reed said", "Prime Minister Ann Lee said"), written with capitals, is a title before a name
 * even when the text also writes the title in lower case ("the secretary of state", "the attorney
 * general"), as news does in its next sentences: the role is looked up as a whole, with its inner
 * "of" in lower case and its other words capitalised, and the word after it must open a name as for
 * {@link TitleOpeningSentence}. Without it the sentence's first word is taken for a common word and
 * "State Ann Lee" becomes a person of its own.
 */
final class MultiWordTitleOpeningSentence {

    private MultiWordTitleOpeningSentence() {
    }

    /**
     * @return the number of tokens of a title of two words or more written with capitals that starts
     *         at {@code i}, or 0
     */
    static int length(Lexicon lexicon, List<Token> tokens, int i, int limit) {
        int n = lexicon.roleAt(tokens, i, limit);
        if (n < 2 || i + n >= limit) {
            return 0;
        }
        for (int k = i; k < i + n; k++) {
            Token t = tokens.get(k);
            boolean inner = k > i && NameWords.isFunctionWord(t.text) && t.shape == Token.Shape.LOWER;
            if (t.caseless || !inner && t.shape != Token.Shape.CAPITALISED || k > i && t.sentenceStart) {
                return 0;
            }
        }
        return n;
    }
}
