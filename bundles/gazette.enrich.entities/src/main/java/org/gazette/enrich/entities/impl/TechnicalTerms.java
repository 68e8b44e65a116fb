package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.api.model.EntityType;

/**
 * Single words written like technical terms, not names: a capital letter joined by a hyphen to a
 * lower-case word ("the L-band", "an X-ray", "T-cells"), and a word with a capital inside it after
 * lower-case letters ("the CoM", "FrameNet") when only a guess made it a place. Places are not
 * written that way but for the prefixes of family and place names ("McAllen", "DeKalb", "LaSalle",
 * "KwaZulu"), which are kept; companies often are ("PayPal", "YouTube"), so a word typed as an
 * organisation or a person is kept.
 */
final class TechnicalTerms {

    /** "L-band", "X-rays", "T-cell": one capital, a hyphen, a lower-case word. */
    private static final Pattern LETTER_AND_WORD = Pattern.compile("\\p{Lu}-\\p{Ll}{2,}");
    /** A capital after a lower-case letter inside the word: "CoM", "FrameNet", "GenCon". */
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Lu}\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*");
    /** Beginnings of names with an inner capital ("McAllen", "MacArthur", "DeKalb", "LaSalle", "O'Neill"). */
    private static final Set<String> NAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La",
            "Le", "Van", "Von", "Kwa", "Fitz", "St", "Ste");

    private final List<Token> tokens;

    TechnicalTerms(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return whether the candidate, not known to the gazetteers, is a technical term (see the class comment) */
    boolean isTerm(Candidate c) {
        if (c.length() != 1 || c.known != null || c.personCue) {
            return false;
        }
        String word = tokens.get(c.from).text;
        if (LETTER_AND_WORD.matcher(word).matches()) {
            return true;
        }
        return c.type == EntityType.LOCATION && INNER_CAPITAL.matcher(word).matches()
                && !namePrefixed(word);
    }

    private static boolean namePrefixed(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                return NAME_PREFIXES.contains(word.substring(0, k));
            }
        }
        return false;
    }
}
