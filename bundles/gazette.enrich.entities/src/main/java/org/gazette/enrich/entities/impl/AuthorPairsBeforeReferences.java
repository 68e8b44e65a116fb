package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * Two authors cited together without a year: two capitalised words joined by "&amp;" before a
 * numbered reference ("inspired by Ferrow &amp; Maddox [7]") or before a possessive and a word for
 * what scholars publish ("In Ferrow &amp; Maddox's study"). Such a pair is two persons, as
 * {@link SpanRepairs} splits a pair before a year. A gazetteer name ("Procter &amp; Gamble's
 * results") is never such a pair: the caller only asks about runs the gazetteer does not know.
 */
final class AuthorPairsBeforeReferences {

    /**
     * What scholars are said to own: "X &amp; Y's study", "X &amp; Y's findings"; not what a firm has too
     * ("results", "data", "model", "work": "Barnes &amp; Noble's results").
     */
    private static final Set<String> WORKS = Set.of("study", "studies", "experiment", "experiments", "experimental", "paper",
            "papers", "findings", "hypothesis", "theory", "subjects");

    private final List<Token> tokens;

    AuthorPairsBeforeReferences(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * @param from the first token of a run of three, the second "&amp;"
     * @param to the token after the run
     * @return whether a numbered reference or a possessive and a published work follow
     */
    boolean citedAt(int from, int to) {
        if (to - from != 3 || !tokens.get(from + 1).isPunct('&')
                || tokens.get(from).shape != Token.Shape.CAPITALISED || tokens.get(from + 2).shape != Token.Shape.CAPITALISED) {
            return false;
        }
        return numberedReference(to) || possessiveWork(to);
    }

    /** "[7]", "[7, 8]", "[7-9]". */
    private boolean numberedReference(int k) {
        return k + 2 < tokens.size() && tokens.get(k).isPunct('[') && tokens.get(k + 1).shape == Token.Shape.NUMBER;
    }

    /** "'s study", "'s experimental subjects". */
    private boolean possessiveWork(int k) {
        return k + 1 < tokens.size() && tokens.get(k).shape == Token.Shape.POSSESSIVE
                && WORKS.contains(tokens.get(k + 1).text);
    }
}
