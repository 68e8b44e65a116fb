package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A company's name without its organisation word is the company, on texts written for these tests. */
class OrganisationNamesWithoutSuffixTest {

    @Test
    void theNameWithoutCorporationBeforeSaidIsTheCompany() {
        Tagged t = new Tagged("The Zembla Mining Corporation said profits fell. Zembla Mining said it would hire 200 workers.", null);
        assertEquals(ORGANIZATION, t.mention("Zembla Mining", 1).type, t.describe());
        assertEquals(t.mention("Zembla Mining Corporation").entityId, t.mention("Zembla Mining", 1).entityId, t.describe());
    }

    @Test
    void theNameAsAModifierIsNotTheCompany() {
        Tagged t = new Tagged("The Zembla Mining Corporation said profits fell. Zembla Mining shares rose on Monday.", null);
        assertNotEquals(ORGANIZATION, t.tagged("Zembla Mining", 1) ? t.mention("Zembla Mining", 1).type : null, t.describe());
    }
}
