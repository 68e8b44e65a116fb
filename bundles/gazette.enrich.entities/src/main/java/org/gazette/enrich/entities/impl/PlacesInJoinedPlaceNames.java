package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * A place whose name joins two names with "and" names those two places too: "Bosnia" and
 * "Herzegovina" in "Bosnia and Herzegovina", "Newfoundland" and "Labrador" in "the Newfoundland and
 * Labrador Court of Appeal" (where the joined place is itself nested in the court). Each part is
 * added as a nested mention (confidence 0.5) of a place of its own name, as {@link PlacesInPlaceNames}
 * adds "Tulsa" in "Tulsa International Airport". Only names of capitalised words on both sides, at
 * most two words each, not in lines written in capitals or title case.
 */
final class PlacesInJoinedPlaceNames {

    private static final int MAX_PART = 2;

    private final List<Token> tokens;

    PlacesInJoinedPlaceNames(List<Token> tokens) {
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (Group g : List.copyOf(added.groups())) {
            if (g.type != EntityType.LOCATION) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                int and = joiningAnd(c);
                if (and > 0) {
                    added.addNested(c.from, and, EntityType.LOCATION, added.surface(c.from, and), 0.5);
                    added.addNested(and + 1, c.to, EntityType.LOCATION, added.surface(and + 1, c.to), 0.5);
                }
            }
        }
    }

    /** @return the index of the one "and" that joins two short capitalised names in the mention, or -1 */
    private int joiningAnd(Candidate c) {
        if (c.caseless || c.length() < 3 || c.length() > 2 * MAX_PART + 1) {
            return -1;
        }
        int and = -1;
        for (int k = c.from; k < c.to; k++) {
            Token t = tokens.get(k);
            if (t.is("and")) {
                if (and >= 0) {
                    return -1;
                }
                and = k;
            } else if (t.shape != Token.Shape.CAPITALISED || t.caseless) {
                return -1;
            }
        }
        return and > c.from && and < c.to - 1 && and - c.from <= MAX_PART && c.to - and - 1 <= MAX_PART ? and : -1;
    }
}
