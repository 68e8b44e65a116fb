package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * The dash that closes a news dateline starts a sentence: "DENVER, Colo. — Officials said",
 * "KYIV, Ukraine (AP) — Police found", "LONDON, Nov 23 (Reuters) - Shares fell". Without it the
 * word after the dash is read as a capital inside a sentence, and "Officials" or "Police" become
 * names. A dateline: a line opening with a word in capitals of three letters or more, then at most
 * twelve tokens of capitalised words, numbers, commas, periods and brackets before the dash; no
 * lower-case word.
 */
final class DatelineDash {

    private static final int MAX_TOKENS = 12;

    private DatelineDash() {
    }

    /**
     * @param tokens the tokens so far, the dash last
     * @param lineFirst the index of the first token of the dash's line
     * @return whether the dash closes a dateline
     */
    static boolean closes(List<Token> tokens, int lineFirst) {
        int dash = tokens.size() - 1;
        if (lineFirst < 0 || dash <= lineFirst || dash - lineFirst > MAX_TOKENS) {
            return false;
        }
        Token first = tokens.get(lineFirst);
        if (first.shape != Token.Shape.UPPER || first.text.length() < 3) {
            return false;
        }
        for (int k = lineFirst + 1; k < dash; k++) {
            Token t = tokens.get(k);
            boolean fits = t.isCapital() || t.shape == Token.Shape.NUMBER || t.isPunct(',') || t.isPunct('.')
                    || t.isPunct('(') || t.isPunct(')');
            if (!fits) {
                return false;
            }
        }
        return true;
    }
}
