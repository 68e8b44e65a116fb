package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * Author names in academic citations: a capitalised name followed by ", year" ("Moretti, 2013"), by
 * "et al." ("Lewis et al."), or by further authors ending in ", year", "(year)" or "et al." ("Boot,
 * Kramer, Simons, &amp; Gratton, 2009", "Cruse and Croft (2004)"). Such a name is a person's. A name
 * alone before "(year)" is not taken: that is as often a film or a book ("Leap Year (2010)").
 */
final class CitedAuthors {

    /** Tokens looked at after a name for the year that ends its list of authors. */
    private static final int MAX_LOOKAHEAD = 24;

    private final List<Token> tokens;

    CitedAuthors(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * @param from the first token of the name
     * @param to the token after it
     * @return whether the name stands in a citation: authors (capitalised words or initials)
     *         separated by ",", "&amp;", "and", then a year or "et al."
     */
    boolean isCited(int from, int to) {
        if (from > 0) {
            Token before = tokens.get(from - 1);
            if (before.is("in") || before.is("at") || before.is("near")) {
                return false; // "in Leeds, 2004": a place
            }
        }
        int end = Math.min(tokens.size(), to + MAX_LOOKAHEAD);
        boolean afterSeparator = false;
        boolean listed = false;
        for (int k = to; k < end; k++) {
            Token t = tokens.get(k);
            if (isEtAl(k)) {
                return !afterSeparator;
            }
            if (t.isPunct(',') && k + 1 < end && isYear(tokens.get(k + 1))) {
                return !afterSeparator; // "Moretti, 2013"
            }
            if (t.isPunct('(') && k + 1 < end && isYear(tokens.get(k + 1))) {
                return listed && !afterSeparator; // "Cruse and Croft (2004)", not a film "Leap Year (2010)"
            }
            if (t.isPunct(',') || t.isPunct('&') || t.is("and")) {
                afterSeparator = true;
            } else if (t.isCapital() && afterSeparator && !t.sentenceStart) {
                afterSeparator = false;
                listed = true;
            } else if (!t.isCapital() || !listed) {
                return false;
            }
        }
        return false;
    }

    /** "et al." or "et al" at {@code k}. */
    private boolean isEtAl(int k) {
        return tokens.get(k).is("et") && k + 1 < tokens.size()
                && (tokens.get(k + 1).is("al.") || tokens.get(k + 1).is("al"));
    }

    /** A year of publication: four digits from 1500 to 2099, maybe with a letter ("2014a"). */
    static boolean isYear(Token t) {
        String s = t.text;
        if (t.shape != Token.Shape.NUMBER || s.length() < 4 || s.length() > 5) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        if (s.length() == 5 && !Character.isLowerCase(s.charAt(4))) {
            return false;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        return year >= 1500 && year <= 2099;
    }
}
