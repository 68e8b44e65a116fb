package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Rules that keep organisation names whole and keep terms and countries out of them; texts written for these tests. */
class OrganisationRulesTest {

    @Test
    void theUnionAgainstTheConfederacyIsACountry() {
        Tagged t = new Tagged("By 1863 the Union had more soldiers than the Confederacy. Union troops marched south. "
                + "The North had the factories, and the South had cotton.", null);
        t.assertMention("Union", 0, LOCATION, "location:union");
        t.assertMention("Union", 1, LOCATION, "location:union");
        t.assertMention("North", 0, LOCATION, "location:union");
        assertEquals(t.mention("Confederacy").entityId, t.mention("South").entityId, t.describe());
    }

    @Test
    void theStatesOfTheUnionAreACountry() {
        Tagged t = new Tagged("Delegates from all the States of the Union met in Baltimore.", null);
        t.assertMention("Union", 0, LOCATION, null);
    }

    @Test
    void theUnionElsewhereIsNoCountry() {
        Tagged t = new Tagged("The workers voted to strike. The Union said pay had fallen for years, and the North of the city agreed.", null);
        assertFalse(t.tagged("Union", 0) && t.mention("Union").type == LOCATION, t.describe());
    }

    @Test
    void anAcronymDefinedAsATermJoinsNoOrganisation() {
        Tagged t = new Tagged("The ICT Authority opened an office. Schools use Information and Communication Technology (ICT) "
                + "in learning, and affordable ICT services help them.", null);
        t.assertMention("ICT Authority", 0, ORGANIZATION, null);
        assertFalse(t.tagged("ICT", 2), t.describe());
        assertFalse(t.tagged("ICT", 3), t.describe());
    }

    @Test
    void anAcronymDefinedAsAnOrganisationStillJoinsIt() {
        Tagged t = new Tagged("The Quarrow Bureau of Investigation (QBI) opened an office. The QBI Office said it was busy. "
                + "Later QBI said more.", null);
        t.assertMention("QBI", 2, ORGANIZATION, null);
    }

    @Test
    void commonWordsEndingInAPluralOrganisationWordAreATerm() {
        Tagged t = new Tagged("We test geographic information systems. We are testing Geographic Information Systems (GIS) now, "
                + "and GIS applications fail.", null);
        assertFalse(t.tagged("Geographic Information Systems", 0) && t.mention("Geographic Information Systems").type == ORGANIZATION,
                t.describe());
        assertFalse(t.tagged("GIS", 1), t.describe());
    }

    @Test
    void aSystemsCompanyAfterTheStaysAnOrganisation() {
        Tagged t = new Tagged("Pay rose at the Velbrook Systems plant.", null);
        t.assertMention("Velbrook Systems", 0, ORGANIZATION, null);
    }

    @Test
    void anOrganisationNameWithAnInnerAndIsOne() {
        Tagged t = new Tagged("What the Newfoundland and Labrador Court of Appeal did was ordinary. She joined the Office of "
                + "Science and Technology Policy in May. The Berkman Centre for Internet and Society hosted us.", null);
        t.assertMention("Newfoundland and Labrador Court of Appeal", 0, ORGANIZATION, null);
        t.assertMention("Office of Science and Technology Policy", 0, ORGANIZATION, null);
        t.assertMention("Berkman Centre for Internet and Society", 0, ORGANIZATION, null);
    }

    @Test
    void twoOrganisationsJoinedByAndStayTwo() {
        Tagged t = new Tagged("Players from the University of Michigan and Ohio State met. Rivers between the Sabine and "
                + "Rio Grande Rivers flooded.", null);
        t.assertMention("University of Michigan", 0, ORGANIZATION, null);
        assertNotEquals("Sabine and Rio Grande Rivers", t.tagged("Sabine", 0) ? t.mention("Sabine").text : "", t.describe());
    }

    @Test
    void aFixtureBetweenTwoSchoolsIsNoCourtCase() {
        Tagged t = new Tagged("He played in the first Eton v Harrow cricket match in 1805.", null);
        assertFalse(t.tagged("Eton", 0) && t.mention("Eton").type == PERSON, t.describe());
        assertFalse(t.tagged("Harrow", 0) && t.mention("Harrow").type == PERSON, t.describe());
    }

    @Test
    void aCourtCaseKeepsItsParties() {
        Tagged t = new Tagged("The Lynch v. Overholser case held that. In Ortwin versus Bellamy this Court ruled.", null);
        assertEquals(PERSON, t.mention("Lynch").type, t.describe());
        assertEquals(PERSON, t.mention("Overholser").type, t.describe());
        assertEquals(PERSON, t.mention("Bellamy").type, t.describe());
    }

    private static final String OPENING = "The story begins in a small town where nothing much happens and people mostly stay at home.\n";

    @Test
    void administrationsMissionsAndConventionsAreOrganisations() {
        Tagged t = new Tagged(OPENING + "The Quarrow Pension Administration could pay it, and the Velmora Transit runs buses. "
                + "Delegates called for a National Convention of all parties.", null);
        t.assertMention("Quarrow Pension Administration", 0, ORGANIZATION, null);
        t.assertMention("Velmora Transit", 0, ORGANIZATION, null);
        t.assertMention("National Convention", 0, ORGANIZATION, null);
    }

    @Test
    void theNameWithoutItsOrganisationWordBeforeANounIsNoOrganisation() {
        Tagged t = new Tagged(OPENING + "The Velbrook Administration pays pensions. The average Velbrook benefit rose, "
                + "so I asked Velbrook about it.", null);
        assertFalse(t.tagged("Velbrook", 1) && t.mention("Velbrook", 1).type == ORGANIZATION, t.describe());
        t.assertMention("Velbrook", 2, ORGANIZATION, t.mention("Velbrook Administration").entityId);
    }

    @Test
    void aCityBeforeATeamWordIsATeamAndTheTeamWordsAloneJoinIt() {
        Tagged t = new Tagged(OPENING + "In 2012 he was traded to the Boston Red Sox for a pitcher. He has played for the "
                + "Red Sox every season since, and the Red Sox won twice.", null);
        t.assertMention("Boston Red Sox", 0, ORGANIZATION, null);
        String team = t.mention("Boston Red Sox").entityId;
        t.assertMention("Red Sox", 1, ORGANIZATION, team);
        t.assertMention("Red Sox", 2, ORGANIZATION, team);
    }

    @Test
    void anOrganisationWordAloneIsNotTheOrganisationNamedAfterIt() {
        Tagged t = new Tagged("The House Committee on Flood Control heard the engineers on Monday. "
                + "On Friday the House voted to fund the levees.", null);
        t.assertMention("House Committee", 0, ORGANIZATION, "organization:house-committee");
        t.assertMention("House", 1, ORGANIZATION, "organization:house");
        Tagged named = new Tagged("The House of Lords met on Monday. On Friday the House voted again.", null);
        assertEquals(named.mention("House of Lords").entityId, named.mention("House", 1).entityId, named.describe());
    }

    @Test
    void aFootballClubSuffixMakesAnOrganisation() {
        Tagged t = new Tagged("Kelsey F.C. beat the visitors, and Grimsby Villa FC lost to Harlow AFC on the same day.", null);
        t.assertMention("Kelsey F.C.", 0, ORGANIZATION, null);
        t.assertMention("Grimsby Villa FC", 0, ORGANIZATION, null);
        t.assertMention("Harlow AFC", 0, ORGANIZATION, null);
    }

    @Test
    void aClubIsAlsoCalledByTheWordsBeforeItsSuffix() {
        Tagged t = new Tagged("Kelsey said the pitch was poor, and Kelsey F.C. lost. Ms. Kelsey Lund watched from the stand.", null);
        t.assertMention("Kelsey", 0, ORGANIZATION, t.mention("Kelsey F.C.").entityId);
        t.assertMention("Ms. Kelsey Lund", 0, PERSON, null);
    }
}
