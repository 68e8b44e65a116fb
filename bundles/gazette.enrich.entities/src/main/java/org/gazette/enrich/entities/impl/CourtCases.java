package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A party to a court case: a name before or after "v.", "vs." or "versus" between two capitalised
 * names ("Lynch v. Overholser", "Green versus United States"). Not when a lower-case noun other
 * than "case" follows the second party: "the first Eton v Harrow cricket match" is a fixture between
 * two schools, "the Lynch v. Overholser case" is still a case.
 */
final class CourtCases {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final NameFinder finder;

    CourtCases(Lexicon lexicon, List<Token> tokens, NameFinder finder) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.finder = finder;
    }

    /** @return whether the run {@code [from, to)} is a party to a court case */
    boolean isParty(int from, int to) {
        int versus = versusAt(to);
        if (versus > 0 && to + versus < tokens.size() && tokens.get(to + versus).isCapital()) {
            return !nounAfter(to + versus);
        }
        for (int length = 1; length <= 2 && from - length - 1 >= 0; length++) {
            if (versusAt(from - length) == length && tokens.get(from - length - 1).isCapital()) {
                return !nounAfter(from);
            }
        }
        return false;
    }

    /**
     * @return whether the run of capitalised words at {@code second} is followed by a lower-case
     *         word that may be a noun (not a function word or common word like "later", nor a verb form in "-ed" or "-s", nor
     *         an adverb in "-ly") other than "case"
     */
    private boolean nounAfter(int second) {
        int end = finder.runEnd(second, tokens.size());
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        String w = next.text;
        return next.shape == Token.Shape.LOWER && !w.equals("case") && !NameWords.isFunctionWord(w) && !lexicon.isCommonWord(w) && !Cues.SPEECH.contains(w)
                && !w.endsWith("ed") && !w.endsWith("ly") && !w.endsWith("s"); // a noun, not "implied", "held", "holds"
    }

    /** @return the tokens of "v.", "v", "vs.", "vs" or "versus" at {@code k} (the period may be a token of its own), or 0 */
    private int versusAt(int k) {
        if (k >= tokens.size()) {
            return 0;
        }
        Token t = tokens.get(k);
        if (t.is("v.") || t.is("vs.") || t.is("versus")) {
            return 1;
        }
        if (t.is("v") || t.is("vs")) {
            return k + 1 < tokens.size() && tokens.get(k + 1).isPunct('.') ? 2 : 1;
        }
        return 0;
    }
}
