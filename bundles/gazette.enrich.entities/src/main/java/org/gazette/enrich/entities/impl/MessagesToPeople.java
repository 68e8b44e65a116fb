package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A name after a word of messages and quotations and "to" or "from" is a person's: "a quote from
 * Orvel", "attributed to Tamsin", "a letter to Quarrow", "sends signals to Varenko", "heard from
 * Adra". "to" and "from" alone count for nothing, for a place only after a word of motion
 * ({@link Cues#motionCue}); after these words they count for a person, as a verb of speech does.
 */
final class MessagesToPeople {

    private static final Set<String> MESSAGES = Set.of("quote", "quotes", "quotation", "attributed", "letter",
            "letters", "message", "messages", "signal", "signals", "note", "email", "e-mail", "reply", "replied",
            "heard", "wrote", "writes", "writing", "written", "hello", "goodbye", "tribute", "apology", "apologized",
            "apologised", "condolences", "credited", "dedicated", "addressed", "telegram", "postcard", "gift");

    private MessagesToPeople() {
    }

    /** @return whether the name at {@code from} follows such a word and "to" or "from" */
    static boolean before(List<Token> tokens, int from) {
        if (from < 2) {
            return false;
        }
        Token link = tokens.get(from - 1);
        Token word = tokens.get(from - 2);
        return (link.is("to") || link.is("from")) && word.shape == Token.Shape.LOWER && MESSAGES.contains(word.text);
    }
}
