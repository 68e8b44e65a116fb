package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The given names of US records with their sex (given-names-by-sex.txt), on texts written for these tests. */
class GivenNamesBySexTest {

    @Test
    void aGivenNameOfTheUsRecordsBeforeAnUnknownSurnameMakesAPerson() {
        Tagged t = new Tagged("Yesterday Elisha Tarnwell arrived with two suitcases.", null);
        t.assertMention("Elisha Tarnwell", 0, PERSON, "person:elisha-tarnwell");
    }

    @Test
    void aGivenNameOfTheUsRecordsAloneIsAPersonUnlessAPlaceCueSaysOtherwise() {
        Tagged person = new Tagged("The parcel was for Elisha, who had moved away.", null);
        assertEquals(PERSON, person.mention("Elisha").type, person.describe());
        Tagged place = new Tagged("She grew up in Preston and never left.", null);
        assertEquals(LOCATION, place.mention("Preston").type, place.describe());
    }

    @Test
    void aFemaleTitleDoesNotJoinAPersonWithAMaleOnlyGivenName() {
        Tagged t = new Tagged("Donald Korvath opened the hardware store in 1990. Mrs. Korvath kept its books for years.", null);
        t.assertMention("Donald Korvath", 0, PERSON, "person:donald-korvath");
        assertEquals(PERSON, t.mention("Mrs. Korvath").type, t.describe());
        assertNotEquals("person:donald-korvath", t.mention("Mrs. Korvath").entityId, t.describe());
        Tagged same = new Tagged("Donald Korvath opened the hardware store in 1990. Mr. Korvath still runs it.", null);
        same.assertMention("Mr. Korvath", 0, PERSON, "person:donald-korvath");
    }

    @Test
    void aMaleTitleDoesNotJoinAPersonWithAFemaleOnlyGivenName() {
        Tagged t = new Tagged("Melania Korvath painted the mural last spring. Mr. Korvath built the scaffold.", null);
        t.assertMention("Melania Korvath", 0, PERSON, "person:melania-korvath");
        assertNotEquals("person:melania-korvath", t.mention("Mr. Korvath").entityId, t.describe());
        Tagged both = new Tagged("Leslie Korvath painted the mural last spring. Mr. Korvath built the scaffold.", null);
        both.assertMention("Mr. Korvath", 0, PERSON, "person:leslie-korvath"); // a name of both sexes decides nothing
    }

    @Test
    void aNameThatOtherTraditionsGiveToMenDecidesNothing() {
        Tagged t = new Tagged("The tenor Andrea Varotti sang in Verona last night. Mr. Varotti thanked the orchestra.", null);
        t.assertMention("Mr. Varotti", 0, PERSON, "person:andrea-varotti"); // Andrea: mostly girls in US records, men in Italy
    }
}
