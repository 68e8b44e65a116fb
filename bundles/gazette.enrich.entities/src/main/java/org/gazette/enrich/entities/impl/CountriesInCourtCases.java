package org.gazette.enrich.entities.impl;

import org.gazette.api.model.EntityType;

/**
 * A country named as a party to a court case is its government, an organisation: "Green versus
 * United States", "Zembla v. Ortmann" ({@link CourtCases} finds the parties). {@link Resolver} types
 * it like a country acting ("Russia said"), with the country's canonical name.
 */
final class CountriesInCourtCases {

    private final CourtCases cases;

    CountriesInCourtCases(CourtCases cases) {
        this.cases = cases;
    }

    /** @return whether the candidate is a gazetteer country that is a party to a court case */
    boolean isParty(Candidate c) {
        return c.known != null && c.known.type() == EntityType.LOCATION && c.known.kind() == Known.Kind.COUNTRY
                && cases.isParty(c.from, c.to);
    }
}
