package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

/**
 * A participle in "-ing" opening a sentence before a capitalised word is a verb, not the first word
 * of a name: "Visiting Tarnvik in May, he…", "Leaving Quorra, they…", "Praising Smith, she…".
 * Not a word the gazetteers know as a name or a place ("Manning", "Fleming", "Beijing",
 * "Wyoming"), nor one of fewer than seven letters ("King", "Ming", "Ewing", "Irving").
 */
final class SentenceInitialParticiples {

    private SentenceInitialParticiples() {
    }

    /** @return whether the sentence-initial token at {@code i} is a participle before a capitalised word */
    static boolean opens(Lexicon lexicon, List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        String lower = t.text.toLowerCase(Locale.ROOT);
        if (t.shape != Token.Shape.CAPITALISED || lower.length() < 7 || !lower.endsWith("ing") || i + 1 >= limit
                || tokens.get(i + 1).shape != Token.Shape.CAPITALISED) {
            return false;
        }
        return !lexicon.isFirstName(t.text) && !lexicon.isFamilyName(t.text) && !lexicon.isPlaceHead(t.text)
                && lexicon.longestPhrase(tokens, i, i + 1, false) == 0;
    }
}
