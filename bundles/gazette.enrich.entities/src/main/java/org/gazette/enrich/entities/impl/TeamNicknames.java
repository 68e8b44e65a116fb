package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A team called by its plural nickname alone after its full name: "the Owls" after "the Quarry Owls",
 * "the Hawks" after "the Wilmot Hawks". The nickname is one capitalised word ending in "s" (not "ss")
 * that ends a team's name of two or three words; such a name is one team, not two organisations.
 */
final class TeamNicknames {

    private TeamNicknames() {
    }

    /** @return whether {@code c} is the plural last word of {@code full}, a name of two or three words */
    static boolean isNickname(List<Token> tokens, Candidate c, Candidate full) {
        if (c.length() != 1 || full.length() < 2 || full.length() > 3) {
            return false;
        }
        Token word = tokens.get(c.from);
        Token last = tokens.get(full.to - 1);
        return word.shape == Token.Shape.CAPITALISED && word.text.length() >= 4 && word.text.endsWith("s")
                && !word.text.endsWith("ss") && last.text.equals(word.text);
    }
}
