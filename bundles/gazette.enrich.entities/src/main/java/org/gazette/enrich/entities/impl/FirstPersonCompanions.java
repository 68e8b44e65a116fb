package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A name joined by "and" to the speaker is a person's: "Bert and I went over it", "it was Maren
 * and me", "I and Tolvan". Only "I", "me" and "myself" count, right after "and" following the name
 * (or right before "and" preceding it), so "Smith and Jones" still needs its own cue. A name after
 * a lower-case word is not taken by what follows it: in "back in Glacier and I hope" or "my camera
 * Canon and I got" the "and" joins two clauses or a thing, not two people.
 */
final class FirstPersonCompanions {

    private final List<Token> tokens;

    FirstPersonCompanions(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return whether the name [from, end) is joined by "and" to "I", "me" or "myself" */
    boolean joined(int from, int end) {
        boolean afterLowerWord = from > 0 && tokens.get(from - 1).shape == Token.Shape.LOWER;
        if (!afterLowerWord && end + 1 < tokens.size() && tokens.get(end).is("and") && speaker(tokens.get(end + 1))) {
            return true;
        }
        return from >= 2 && tokens.get(from - 1).is("and") && speaker(tokens.get(from - 2));
    }

    private static boolean speaker(Token t) {
        return t.text.equals("I") || t.text.equals("me") || t.text.equals("myself");
    }
}
