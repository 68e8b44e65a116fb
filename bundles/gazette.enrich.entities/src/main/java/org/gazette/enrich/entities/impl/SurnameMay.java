package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * "May" written with a capital inside a sentence right after a given name is a family name ("Theresa
 * May said", "guitarist Brian May"), not the modal verb that otherwise ends a run of capitalised
 * words; before a number it stays the month ("Anna May 2021" is left to the dates).
 */
final class SurnameMay {

    private SurnameMay() {
    }

    /** @return whether the token at {@code j} is such a "May" after the given name at {@code j - 1} */
    static boolean at(Lexicon lexicon, List<Token> tokens, int j, int limit) {
        Token may = tokens.get(j);
        if (j == 0 || !may.text.equals("May") || may.sentenceStart || may.caseless) {
            return false;
        }
        Token given = tokens.get(j - 1);
        boolean numberAfter = j + 1 < limit && tokens.get(j + 1).shape == Token.Shape.NUMBER;
        return given.shape == Token.Shape.CAPITALISED && lexicon.isFirstName(given.text) && !numberAfter;
    }
}
