package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A name right after a verb of saying that follows a quotation is the speaker's: "'We will win,'
 * said Ovrelli.", "'No,' added Ole Berg, a farmer." The verb must come right after the closing
 * quote or the comma that ends the quotation, and the name must end the clause (a full stop, a
 * comma, "on" or "in" after it), so "said Acme Inc. in a statement" still needs its own words.
 */
final class QuoteAttribution {

    private static final Set<String> VERBS = Set.of("said", "says", "added", "adds", "asked", "asks", "replied", "explained",
            "noted", "continued", "wrote", "writes", "recalled", "insisted", "argued", "warned", "told");
    private static final String QUOTE_ENDS = ",\"'”’";
    private static final Set<String> AFTER = Set.of("on", "in", "at", "who", "when", "after", "before", "during");

    private final List<Token> tokens;

    QuoteAttribution(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return whether the name [from, end) is the speaker named after a quotation */
    boolean speaker(int from, int end) {
        if (from < 2) {
            return false;
        }
        Token verb = tokens.get(from - 1);
        Token quote = tokens.get(from - 2);
        if (verb.shape != Token.Shape.LOWER || !VERBS.contains(verb.text) || quote.text.length() != 1
                || QUOTE_ENDS.indexOf(quote.text.charAt(0)) < 0 || !(quote.shape == Token.Shape.PUNCT || quote.shape == Token.Shape.POSSESSIVE)) {
            return false;
        }
        if (end >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        return next.isPunct('.') || next.isPunct(',') || next.isPunct(';') || AFTER.contains(next.text);
    }
}
