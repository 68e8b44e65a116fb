package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A name of two or three capitalised words after "the" ending in a plural, which only the words
 * around it made a person, is an organisation, a team or band that acts and speaks: "the Golden
 * State Warriors said", "traded to the Quarrow Falcons". One person is not written with "the" and a
 * plural. Not a plural of events or awards ("the Commonwealth Games"), an organisation or place
 * word, a family name ("the Quarrow Williams"), nor a plural of people that the gazetteer knows
 * ("the Young Americans").
 */
final class PluralNamesAfterTheAreNoPersons {

    /** Plurals that end the names of events and awards, not of organisations. */
    private static final Set<String> EVENTS = Set.of("Series", "Games", "Olympics", "Championships", "Awards", "Finals",
            "Playoffs", "Cups", "Trials", "Classics", "Nationals", "Paralympics", "Globes", "Ages", "Wars", "Crusades");

    private PluralNamesAfterTheAreNoPersons() {
    }

    static boolean in(Lexicon lexicon, List<Token> tokens, Candidate c) {
        if (c.known != null || c.personCue || c.length() < 2 || c.length() > 3 || c.from == 0
                || !tokens.get(c.from - 1).text.equalsIgnoreCase("the")) {
            return false;
        }
        Token last = tokens.get(c.to - 1);
        String word = last.text;
        if (last.shape != Token.Shape.CAPITALISED || word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")
                || word.endsWith("'s") || EVENTS.contains(word) || lexicon.isOrgSuffix(word) || lexicon.isPlaceSuffix(word)
                || lexicon.isFamilyName(word) || lexicon.phrase(tokens, c.to - 1, c.to, false) != null) {
            return false;
        }
        for (int k = c.from; k < c.to; k++) {
            if (tokens.get(k).shape != Token.Shape.CAPITALISED) {
                return false;
            }
        }
        return true;
    }
}
