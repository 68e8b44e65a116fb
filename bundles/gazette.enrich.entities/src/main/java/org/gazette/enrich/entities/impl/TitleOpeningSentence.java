package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A title or role that opens a sentence before a capitalised word that is a name opens the name
 * ("General Quorvath said", "Judge Dallow ruled"): the capital of a sentence's first word says
 * nothing, but a role before a word that is neither a common word, a role nor written in lower case
 * in the text is a title. Not "General Motors" or "Major League", whose second words are common
 * words. Honorifics that are also kinship words ("Brother", "Father") are left out: on the
 * development texts they named people by nicknames that join no one.
 */
final class TitleOpeningSentence {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Set<String> lowerInText;

    TitleOpeningSentence(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lowerInText = lowerInText;
    }

    /** @return whether the sentence-opening token at {@code i} is a role before a name */
    boolean opensName(int i, int limit) {
        Token t = tokens.get(i);
        int title = t.sentenceStart ? MultiWordTitleOpeningSentence.length(lexicon, tokens, i, limit) : 0;
        if (title == 0 && (!t.sentenceStart || t.shape != Token.Shape.CAPITALISED || !lexicon.isRole(t.text)
                || i + 1 >= limit)) {
            return false;
        }
        Token next = tokens.get(i + Math.max(1, title));
        String lower = next.text.toLowerCase(Locale.ROOT);
        return next.shape == Token.Shape.CAPITALISED && !next.sentenceStart && !next.caseless
                && !lexicon.isCommonWord(lower) && !lowerInText.contains(lower) && !NameWords.isFunctionWord(lower)
                && !lexicon.isRole(next.text);
    }
}
