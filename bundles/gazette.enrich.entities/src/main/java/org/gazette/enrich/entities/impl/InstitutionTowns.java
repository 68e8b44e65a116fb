package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A school, college, university or hospital named after its town does not make the town alone an
 * organisation: "in Tarnvik" or "near Tarnvik" after "Tarnvik School" is the town, for
 * {@link OrganisationJoins}; "at Tarnvik" still is the school, as "shares in Acme" after "Acme
 * Corp." is the company (not an institution word).
 */
final class InstitutionTowns {

    /** Last words of institutions commonly named after the place they stand in. */
    static final Set<String> INSTITUTIONS = Set.of("School", "College", "University", "Academy", "Hospital",
            "Infirmary", "Seminary", "Library", "Cathedral", "Abbey", "Priory");
    /** Prepositions of place that a school is not "in". */
    private static final Set<String> IN = Set.of("in", "near", "outside", "around");

    private InstitutionTowns() {
    }

    /** @return whether the one-word name {@code c} after "in" or "near" is the town an institution called {@code organisation} is named after */
    static boolean town(List<Token> tokens, Candidate c, String organisation) {
        if (c.length() != 1 || c.from < 1 || !IN.contains(tokens.get(c.from - 1).text)) {
            return false;
        }
        return INSTITUTIONS.contains(organisation.substring(organisation.lastIndexOf(' ') + 1));
    }
}
