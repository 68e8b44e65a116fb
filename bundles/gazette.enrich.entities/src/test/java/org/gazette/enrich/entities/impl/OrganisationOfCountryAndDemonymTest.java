package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** "the Albanian Government" and "the Government of Albania" are one organisation, on texts written for these tests. */
class OrganisationOfCountryAndDemonymTest {

    @Test
    void theDemonymFormAndTheOfCountryFormAreOne() {
        Tagged t = new Tagged("The Government of the Republic of Albania met on Monday. The Albanian Government said "
                + "the reform was ready.", null);
        assertEquals(t.mention("Government of the Republic of Albania").entityId, t.mention("Albanian Government").entityId,
                t.describe());
    }

    @Test
    void anotherCountrysGovernmentStaysApart() {
        Tagged t = new Tagged("The Government of Albania met on Monday. The Serbian Government said the reform was late.", null);
        assertNotEquals(t.mention("Government of Albania").entityId, t.mention("Serbian Government").entityId, t.describe());
    }
}
