package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link InstitutionTowns}: "in Tarnvik" after "Tarnvik School" is the town. */
class InstitutionTownsTest {

    @Test
    void theTownOfASchoolIsAPlace() {
        Tagged t = new Tagged("He was educated at Tarnvik School, an independent school in Tarnvik.", null);
        assertEquals(ORGANIZATION, t.mention("Tarnvik School").type, t.describe());
        assertEquals(LOCATION, t.mention("Tarnvik", 1).type, t.describe());
    }

    @Test
    void aCompanyAloneIsStillTheCompany() {
        Tagged t = new Tagged("Tarnvik Corp. said on Monday that investors in Tarnvik lost money.", null);
        assertEquals(ORGANIZATION, t.mention("Tarnvik", 1).type, t.describe());
    }
}
