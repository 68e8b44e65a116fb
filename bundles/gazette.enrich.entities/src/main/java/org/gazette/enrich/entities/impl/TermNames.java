package org.gazette.enrich.entities.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Capitalised terms that look like organisations by their last word but name a kind of thing: a
 * run of common words ending in a plural organisation word without "the" before it ("testing
 * Geographic Information Systems", "the domain of Management Information Systems"; not "the
 * Information Systems Services" nor "Cisco Systems"), and an acronym the text defines as such a
 * term or as words without an organisation or place word ("Information and Communication Technology
 * (ICT)", "Geographic Information Systems (GIS)"): "ICT" is then not the "ICT Authority".
 */
final class TermNames {

    private static final Set<String> JOINERS = Set.of("and", "of", "for", "&", "in", "on");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Predicate<Token> common;
    private Set<String> termAcronyms;

    /** @param common whether a capitalised word is a common word or written in lower case in the text */
    TermNames(Lexicon lexicon, List<Token> tokens, Predicate<Token> common) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.common = common;
    }

    /** @return whether the run {@code [from, to)} is a term by its words and the word before it */
    boolean isPluralTerm(int from, int to) {
        String last = tokens.get(to - 1).text;
        if (to - from < 2 || !last.endsWith("s") || !lexicon.isOrgSuffix(last)) {
            return false;
        }
        if (from > 0) {
            Token before = tokens.get(from - 1);
            if (before.text.equalsIgnoreCase("the") || before.isCapital() || before.shape == Token.Shape.POSSESSIVE) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            if (!common.test(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the acronym at {@code k} is defined in the text as a term, see the class comment */
    boolean isTermAcronym(int k) {
        Token t = tokens.get(k);
        return t.shape == Token.Shape.UPPER && t.text.length() >= 2 && termAcronyms().contains(t.text);
    }

    /** @return the acronyms the text defines as terms, found in one pass over the text on first use */
    private Set<String> termAcronyms() {
        if (termAcronyms == null) {
            termAcronyms = new HashSet<>();
            Set<String> defined = new HashSet<>();
            for (int p = 2; p + 1 < tokens.size(); p++) {
                String acronym = tokens.get(p).text;
                if (tokens.get(p).shape == Token.Shape.UPPER && acronym.length() >= 2 && tokens.get(p - 1).isPunct('(')
                        && tokens.get(p + 1).isPunct(')') && !defined.contains(acronym)) {
                    int start = expansionStart(p - 2, acronym);
                    if (start >= 0) {
                        defined.add(acronym); // the first definition counts
                        if (termExpansion(start, p - 1)) {
                            termAcronyms.add(acronym);
                        }
                    }
                }
            }
        }
        return termAcronyms;
    }

    /** @return the first token of the capitalised words before {@code end} (inclusive) whose initials spell the acronym, or -1 */
    private int expansionStart(int end, String acronym) {
        int letter = acronym.length() - 1;
        int k = end;
        while (k >= 0 && letter >= 0) {
            Token w = tokens.get(k);
            if (JOINERS.contains(w.text) && k < end) {
                k--;
                continue;
            }
            if (w.shape != Token.Shape.CAPITALISED
                    || Character.toUpperCase(w.text.charAt(0)) != acronym.charAt(letter)) {
                return -1;
            }
            letter--;
            if (letter < 0) {
                return k;
            }
            k--;
        }
        return -1;
    }

    private boolean termExpansion(int from, int to) {
        if (lexicon.isOrgSuffix(tokens.get(to - 1).text)) {
            return isPluralTerm(from, to);
        }
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text;
            if (lexicon.isOrgSuffix(w) || lexicon.isOrgHead(w) || lexicon.isPlaceSuffix(w) || lexicon.isPlaceHead(w)) {
                return false; // "Federal Bureau of Investigation (FBI)"
            }
        }
        return true;
    }
}
