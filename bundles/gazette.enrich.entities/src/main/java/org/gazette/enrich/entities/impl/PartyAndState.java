package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A lawmaker's party and state after the name, as US news writes them between commas or brackets:
 * "Sen. Ann Lee, D-Calif., said", "Rep. Tom Orr (R-Texas)", "I-Vt.". One word of "D", "R" or "I", a
 * hyphen and a state's abbreviation or a capitalised word: no person, whatever guess made one.
 */
final class PartyAndState {

    private PartyAndState() {
    }

    /** @return whether the candidate is such a party and state */
    static boolean is(Lexicon lexicon, List<Token> tokens, Candidate c) {
        if (c.length() != 1 || c.from == 0) {
            return false;
        }
        String word = tokens.get(c.from).text;
        if (word.length() < 4 || word.charAt(1) != '-' || "DRI".indexOf(word.charAt(0)) < 0
                || !Character.isUpperCase(word.charAt(2))) {
            return false;
        }
        Token before = tokens.get(c.from - 1);
        if (!before.isPunct(',') && !before.isPunct('(')) {
            return false;
        }
        String state = word.substring(2);
        boolean abbreviation = lexicon.stateAbbreviation(state) != null || lexicon.stateAbbreviation(state + ".") != null;
        Token after = c.to < tokens.size() ? tokens.get(c.to) : null;
        return abbreviation || after != null && (after.isPunct(',') || after.isPunct(')'));
    }
}
