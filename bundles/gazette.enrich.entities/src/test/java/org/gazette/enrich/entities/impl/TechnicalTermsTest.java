package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link TechnicalTerms}: a word written like a technical term is no name. */
class TechnicalTermsTest {

    @Test
    void aLetterJoinedToAWordIsNoName() {
        Tagged t = new Tagged("Whether this correction can be applied to L-band is unclear, and the choice needs to be"
                + " clarified in the L-band.", null);
        assertFalse(t.tagged("L-band", 0));
        assertFalse(t.tagged("L-band", 1));
    }

    @Test
    void anInnerCapitalTypedAPlaceIsNoName() {
        Tagged t = new Tagged("Fillmore later started a project called WordGrid, an on-line dictionary. In WordGrid, words"
                + " are described by frames.", null);
        assertFalse(t.tagged("WordGrid", 0));
        assertFalse(t.tagged("WordGrid", 1));
    }

    @Test
    void namePrefixesAndCompaniesStay() {
        Tagged t = new Tagged("She grew up in McAllen and later moved to Houston. QuelPay said on Monday that it will hire 200 people.", null);
        assertEquals(LOCATION, t.mention("McAllen").type);
        assertEquals(ORGANIZATION, t.mention("QuelPay").type);
    }
}
