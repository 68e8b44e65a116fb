package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/** {@link TownsInInstitutionNames}: the town in a university, college or school called "<town> University". */
class TownsBeforeInstitutionsTest {

    private static boolean hasLocation(Tagged t, String surface) {
        for (Mention m : t.tagging.mentions()) {
            if (m.type == LOCATION && m.text.equals(surface)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theTownBeforeAnInstitutionWordIsANestedPlace() {
        Tagged t = new Tagged("Nadia Orlov studied at Quellbrook University before she taught at Varnholt High School.", null);
        assertTrue(hasLocation(t, "Quellbrook"), t.describe());
        assertTrue(hasLocation(t, "Varnholt"), t.describe());
    }

    @Test
    void aDedicationOrALongerNameIsNoTown() {
        Tagged t = new Tagged("Nadia Orlov studied at Trinity College and later at Quellbrook Music College.", null);
        assertFalse(hasLocation(t, "Trinity"), t.describe());
        assertFalse(hasLocation(t, "Quellbrook"), t.describe());
    }
}
