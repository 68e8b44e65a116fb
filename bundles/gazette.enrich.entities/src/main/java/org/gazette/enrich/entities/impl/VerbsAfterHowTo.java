package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A capitalised word right after "how to" is a verb in the title of a guide or a book, not a name
 * ("How to Ditch Your Fairy", "a chapter called How to Save the Savings"): nothing else can follow
 * "how to" there.
 */
final class VerbsAfterHowTo {

    private VerbsAfterHowTo() {
    }

    /** @return whether the one-word candidate follows "how to" */
    static boolean isVerb(List<Token> tokens, Candidate c) {
        return c.length() == 1 && c.from >= 2 && tokens.get(c.from - 1).text.equalsIgnoreCase("to")
                && tokens.get(c.from - 2).text.equalsIgnoreCase("how");
    }
}
