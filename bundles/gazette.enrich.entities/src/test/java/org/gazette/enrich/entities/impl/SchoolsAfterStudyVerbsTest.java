package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link SchoolsAfterStudyVerbs}: a place name after "studied at", "graduated from", "attended" is the school. */
class SchoolsAfterStudyVerbsTest {

    @Test
    void aPlaceAfterAVerbOfStudyIsTheSchool() {
        Tagged t = new Tagged("Mara Elvin studied at Cambridge for three years. Her friends at Cambridge still write to her.", null);
        assertEquals(ORGANIZATION, t.mention("Cambridge", 0).type);
        assertEquals(ORGANIZATION, t.mention("Cambridge", 1).type);
    }

    @Test
    void theSameNameWrittenAsThePlaceStaysAPlace() {
        Tagged t = new Tagged("Mara Elvin graduated from Cambridge in 1990. She later bought a house in Cambridge.", null);
        assertEquals(ORGANIZATION, t.mention("Cambridge", 0).type);
        assertEquals(LOCATION, t.mention("Cambridge", 1).type);
    }

    @Test
    void aPlaceWithoutAVerbOfStudyStaysAPlace() {
        Tagged t = new Tagged("Mara Elvin worked in Cambridge for three years and then moved to Boston.", null);
        assertEquals(LOCATION, t.mention("Cambridge", 0).type);
    }
}
