package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * News puts an adjective of situation between a preposition of place and the place: "in neighbouring
 * Tarnvia", "in northern Velmora", "in war-torn Quask", "across rural Ostrel". The preposition alone
 * right before a name is a place vote ({@link ContextVotes}); with such an adjective between, the name
 * was left untagged. The adjectives are ones that describe where or what kind of land a place is, not
 * a person ("in young Tom" is not written, "in rural Tom" neither).
 */
final class PlaceAdjectives {

    /** Lower-case adjectives of a place's situation or state. */
    private static final Set<String> ADJECTIVES = Set.of("neighbouring", "neighboring", "nearby", "northern", "southern",
            "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
            "north-eastern", "north-western", "south-eastern", "south-western", "coastal", "rural", "remote",
            "landlocked", "war-torn", "rebel-held", "oil-rich", "mountainous", "impoverished", "downtown", "suburban",
            "restive", "flood-hit", "quake-hit", "drought-hit", "mainland", "upstate", "outer", "inner");
    /** Prepositions of place that take such an adjective before the place. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "across", "throughout", "outside",
            "inside", "around", "through");

    private PlaceAdjectives() {
    }

    /** @return whether a preposition of place and such an adjective stand right before the token at {@code from} */
    static boolean before(List<Token> tokens, int from) {
        if (from < 2) {
            return false;
        }
        Token adjective = tokens.get(from - 1);
        Token preposition = tokens.get(from - 2);
        return adjective.shape == Token.Shape.LOWER && ADJECTIVES.contains(adjective.text)
                && PREPOSITIONS.contains(preposition.text.toLowerCase(Locale.ROOT));
    }
}
