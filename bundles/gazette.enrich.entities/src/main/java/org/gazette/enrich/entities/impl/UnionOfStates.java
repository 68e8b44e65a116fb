package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * "the Union" of the American Civil War or of "the States of the Union" is the United States, a
 * country, not an organisation: "Union" alone, in a text that speaks of the Confederacy or the
 * Confederate side, or after "State(s) of the"; in such a text "the North" is the Union and "the
 * South" the Confederacy, one entity each. Elsewhere "the Union" stays what its words make it
 * (a trade union, the European Union after its full name).
 */
final class UnionOfStates {

    private final List<Token> tokens;
    private final boolean confederacyInText;

    UnionOfStates(List<Token> tokens) {
        this.tokens = tokens;
        this.confederacyInText = tokens.stream().anyMatch(t -> t.text.startsWith("Confedera"));
    }

    /** @return whether the candidate is "Union" alone naming the United States */
    boolean namesCountry(Candidate c) {
        if (c.length() != 1 || c.known != null || !tokens.get(c.from).text.equals("Union")) {
            return false;
        }
        return confederacyInText || afterStatesOfThe(c.from);
    }

    /**
     * @param k a token
     * @return "Union" for "the North" and "Confederacy" for "the South" in a text on the Civil War
     *         (the name of the side they join), else {@code null}
     */
    String sideNamed(int k) {
        if (!confederacyInText || k == 0 || !tokens.get(k - 1).text.equalsIgnoreCase("the")) {
            return null;
        }
        String word = tokens.get(k).text;
        return word.equals("North") ? "Union" : word.equals("South") ? "Confederacy" : null;
    }

    private boolean afterStatesOfThe(int k) {
        return k >= 3 && tokens.get(k - 1).is("the") && tokens.get(k - 2).is("of")
                && (tokens.get(k - 3).text.equals("States") || tokens.get(k - 3).text.equals("State"));
    }
}
