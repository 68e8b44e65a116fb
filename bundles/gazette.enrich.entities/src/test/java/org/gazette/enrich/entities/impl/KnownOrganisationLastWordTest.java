package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The organisation word ending a gazetteer organisation's name names it alone, on texts written for these tests. */
class KnownOrganisationLastWordTest {

    @Test
    void theFundAfterTheInternationalMonetaryFundIsTheFund() {
        Tagged t = new Tagged("The International Monetary Fund cut its forecast on Tuesday. The Fund's chief economist "
                + "said growth would slow.", null);
        assertEquals("organization:international-monetary-fund", t.mention("Fund", 1).entityId, t.describe());
    }

    @Test
    void theCourtAfterTheSupremeCourtIsTheSupremeCourt() {
        Tagged t = new Tagged("The Supreme Court heard the case in March. The Court ruled against the city in June.", null);
        assertEquals(t.mention("Supreme Court").entityId, t.mention("Court", 1).entityId, t.describe());
    }

    @Test
    void theHouseIsNotTheWhiteHouse() {
        Tagged t = new Tagged("The White House said the bill would pass. The House voted on Friday.", null);
        assertNotEquals(t.mention("White House").entityId, t.mention("House", 1).entityId, t.describe());
    }
}
