package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * A run of capitalised words that ends in a gazetteer organisation of two words or more is an
 * organisation of its own: "the International Red Cross", "the Velmoran Red Cross Society" are no
 * persons, whatever verb follows them.
 */
final class RunsEndingInKnownOrganisations {

    private RunsEndingInKnownOrganisations() {
    }

    /** @return whether the words after the first of the run, to its end, are a gazetteer organisation of two words or more */
    static boolean in(Lexicon lexicon, List<Token> tokens, Candidate c) {
        if (c.known != null || c.length() < 3) {
            return false;
        }
        for (int k = c.from + 1; k <= c.to - 2; k++) {
            if (lexicon.longestPhrase(tokens, k, c.to, false) == c.to - k) {
                Known known = lexicon.phrase(tokens, k, c.to, false);
                return known != null && known.type() == EntityType.ORGANIZATION && known.kind() == Known.Kind.ORGANIZATION;
            }
        }
        return false;
    }
}
