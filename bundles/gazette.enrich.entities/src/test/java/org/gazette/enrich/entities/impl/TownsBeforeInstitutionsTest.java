package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TownsInInstitutionNames}: the town in a university, college or school called "<town> University". */
class TownsBeforeInstitutionsTest {

    @Test
    void theTownBeforeAnInstitutionWordIsANestedPlace() {
        Tagged t = new Tagged("Nadia Orlov studied at Quellbrook University before she taught at Varnholt High School.", null);
        assertTrue(t.has(LOCATION, "Quellbrook"), t.describe());
        assertTrue(t.has(LOCATION, "Varnholt"), t.describe());
    }

    @Test
    void aDedicationOrALongerNameIsNoTown() {
        Tagged t = new Tagged("Nadia Orlov studied at Trinity College and later at Quellbrook Music College.", null);
        assertFalse(t.has(LOCATION, "Trinity"), t.describe());
        assertFalse(t.has(LOCATION, "Quellbrook"), t.describe());
    }
}
