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

    @Test
    void aPlaceAfterANounOfAcademicWorkAndAtIsTheUniversityOfThatPlace() {
        Tagged t = new Tagged("Ivo Brandt did research at Helsinki. The University of Helsinki paid him.", null);
        t.assertMention("Helsinki", 0, ORGANIZATION, "organization:university-of-helsinki");
    }

    @Test
    void aStudentFromAPlaceComesFromThePlace() {
        Tagged t = new Tagged("An exchange student from China arrived in May.", null);
        assertEquals(LOCATION, t.mention("China").type);
    }

    @Test
    void aPlaceTheGazetteersDoNotKnowIsTheSchoolTheTextNamesAfterIt() {
        Tagged t = new Tagged("In 1801 Lord Vane was sent to Harrow, where he stayed. He left Harrow School in 1805.", null);
        t.assertMention("Harrow", 0, ORGANIZATION, "organization:harrow-school");
    }

    @Test
    void aKnownCityStaysTheCityBesideASchoolNamedAfterIt() {
        Tagged t = new Tagged("She moved to Boston in May. Boston College hired her.", null);
        assertEquals(LOCATION, t.mention("Boston", 0).type);
    }

    @Test
    void aUniversityNamedByItsCampusCityIsTheUniversity() {
        Tagged t = new Tagged("A meeting was held at UC Berkeley in May. Tomas Vero lives in Berkeley.", null);
        t.assertMention("UC Berkeley", 0, ORGANIZATION, null);
        assertEquals(LOCATION, t.mention("Berkeley", 1).type);
    }
}
