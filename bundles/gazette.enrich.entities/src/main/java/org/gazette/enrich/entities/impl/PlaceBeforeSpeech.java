package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name after "in" or "at" that follows a noun, before a verb of speech, is where the speakers
 * are, not who speaks: "Police in Tarnby said", "officials at Quorra told reporters". The verb after
 * it is no vote for a person.
 */
final class PlaceBeforeSpeech {

    private static final Set<String> LOCATIVES = Set.of("in", "at");

    private PlaceBeforeSpeech() {
    }

    /** @return whether the name stands after "in" or "at" and a word before them that is no function word ("police in", not "he was in") */
    static boolean at(List<Token> tokens, Candidate c) {
        if (c.from < 2) {
            return false;
        }
        Token link = tokens.get(c.from - 1);
        Token noun = tokens.get(c.from - 2);
        return link.shape == Token.Shape.LOWER && LOCATIVES.contains(link.text)
                && (noun.shape == Token.Shape.LOWER || noun.shape == Token.Shape.CAPITALISED) && !NameWords.isFunctionWord(noun.text.toLowerCase(Locale.ROOT));
    }
}
