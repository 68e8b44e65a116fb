package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * Author names in academic citations: a capitalised name followed by ", year" ("Moretti, 2013"), by
 * "et al." ("Lewis et al."), or by further authors ending in ", year", "(year)" or "et al." ("Boot,
 * Kramer, Simons, &amp; Gratton, 2009", "Cruse and Croft (2004)"), or a year right after the authors
 * when they are several or the year ends the citation ("Polio and Gass 1997", "(Brieber 2014;"), or
 * "and colleagues" ("Kessler and colleagues"; not a list of names before a numbered reference, "[3]":
 * encyclopaedias put those after places too).
 * Such a name is a person's. A name
 * alone before "(year)" is not taken: that is as often a film or a book ("Leap Year (2010)").
 */
final class CitedAuthors {

    /** Tokens looked at after a name for the year that ends its list of authors. */
    private static final int MAX_LOOKAHEAD = 24;

    /** "Kessler and colleagues": the author of a study and the co-authors not named. */
    private static final Set<String> COLLEAGUES = Set.of("colleagues", "coworkers", "co-workers", "collaborators", "coauthors",
            "co-authors");

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
            if (isYear(t) && !afterSeparator && (listed || k + 1 < tokens.size() && closesCitation(tokens.get(k + 1)))) {
                return true; // "Polio and Gass 1997", "(see Brieber 2014; …)"
            }
            if (t.is("and") && k == to && k + 1 < end && COLLEAGUES.contains(tokens.get(k + 1).text)) {
                return true; // "Kessler and colleagues"
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

    /** ";" or ")" after a year: the end of one citation in a list of them. */
    private static boolean closesCitation(Token t) {
        return t.isPunct(';') || t.isPunct(')');
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
