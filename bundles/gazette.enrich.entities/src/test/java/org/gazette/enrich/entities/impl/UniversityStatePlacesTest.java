package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/** {@link TownsInInstitutionNames}: the place in a university called "<place> State". */
class UniversityStatePlacesTest {

    @Test
    void thePlaceInAUniversityStateIsNestedAndJoinsThePlaceTheTextNamesInFull() {
        Tagged t = new Tagged("She moved to Pennsylvania in May. Penn State decided against the plan, "
                + "and Marrow State University agreed.", null);
        assertEquals(ORGANIZATION, t.mention("Penn State").type);
        Mention penn = t.tagging.mentions().stream().filter(m -> m.type == LOCATION && m.text.equals("Penn")).findFirst().orElseThrow();
        assertEquals("location:pennsylvania", penn.entityId);
        assertEquals("location:marrow", t.tagging.mentions().stream()
                .filter(m -> m.type == LOCATION && m.text.equals("Marrow")).findFirst().orElseThrow().entityId);
    }

    @Test
    void aCommonWordOrALongerNameIsNoPlace() {
        Tagged t = new Tagged("The Free State voted. We met about the Quorra State Wiki on Monday.", null);
        assertFalse(t.has(LOCATION, "Free"));
        assertFalse(t.has(LOCATION, "Quorra"), t.describe());
    }
}
