package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

/**
 * One capitalised word that is the plural of a title or role ("Diplomats said", "Senators voted",
 * "Ministers agreed") names a group of people by their role, not a person: a sentence opening or a
 * heading writes it with a capital. Not a gazetteer name, a given or family name ("Peters",
 * "Rogers"), not after "the" ("lost to the Cardinals"), and not when the text also writes the word right
 * after another capitalised word, as a team's name ("the Ottawa Senators … Senators coach Ann Lee").
 */
final class PluralRoleWords {

    private PluralRoleWords() {
    }

    /** @return whether the one-word candidate is a role in the plural */
    static boolean isPluralRole(Lexicon lexicon, List<Token> tokens, Candidate c) {
        return c.length() == 1 && c.known == null && at(lexicon, tokens, c.from);
    }

    /** @return whether the word at {@code i} is a role in the plural, no name (also for {@link CuedLoneNames}: "Diplomats said") */
    static boolean at(Lexicon lexicon, List<Token> tokens, int i) {
        String word = tokens.get(i).text;
        if (i > 0 && tokens.get(i - 1).text.equalsIgnoreCase("the")) {
            return false; // "lost to the Cardinals": capitalised after "the", a team's name
        }
        if (word.length() < 5 || !word.endsWith("s") || word.endsWith("ss") || lexicon.isFirstName(word) || lexicon.isFamilyName(word)) {
            return false;
        }
        String singular = singular(word);
        if (!lexicon.isRole(singular) || lexicon.isRole(word)) {
            return false;
        }
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).text.equals(word) && tokens.get(k - 1).shape == Token.Shape.CAPITALISED) {
                return false;
            }
        }
        return true;
    }

    private static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies")) {
            return lower.substring(0, lower.length() - 3) + "y"; // "Secretaries"
        }
        return lower.substring(0, lower.length() - 1);
    }
}
