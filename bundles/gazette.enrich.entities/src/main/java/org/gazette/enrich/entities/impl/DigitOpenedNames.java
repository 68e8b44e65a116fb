package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A gazetteer organisation whose name opens with a digit ("3M", "7-Eleven", "21st Century Fox") is
 * a name although its first word is no capitalised word; a number that opens no gazetteer name
 * ("3D", "5G", "21st birthday") stays no name.
 */
final class DigitOpenedNames {

    private DigitOpenedNames() {
    }

    /** @return the number of tokens of the gazetteer organisation that opens with the digit at {@code i}, or 0 */
    static int length(Lexicon lexicon, List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (t.caseless || t.text.isEmpty() || !Character.isDigit(t.text.charAt(0))) {
            return 0;
        }
        int phrase = lexicon.longestPhrase(tokens, i, limit, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, i, i + phrase, false) : null;
        return known != null && known.kind() == Known.Kind.ORGANIZATION ? phrase : 0;
    }
}
