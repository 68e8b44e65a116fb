package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * Names found by the rules for regions, roads, offices, relations and copulas ({@link RegionNouns},
 * {@link RoadNumbers}, {@link PlaceWordAlone}, {@link NestedOrganisations}, {@link RelationNouns}, {@link PlaceNouns}) and by
 * the place words and organisations added to the gazetteers, on texts written for these tests.
 */
class RecallRulesTest {

    @Test
    void aCompassWordAfterTheIsARegion() {
        Tagged t = new Tagged("Rain fell across the North for a week. The North's farms flooded, and later the storms "
                + "moved into the Southwest and the East.", null);
        t.assertMention("North", 0, LOCATION, "location:north");
        t.assertMention("North", 1, LOCATION, "location:north");
        t.assertMention("Southwest", 0, LOCATION, "location:southwest");
        t.assertMention("East", 0, LOCATION, "location:east");
    }

    @Test
    void aCompassWordBeforeAnotherNameOrInLowerCaseIsNotARegionAlone() {
        Tagged t = new Tagged("The ferry crossed the North Sea. Turn to the north at the bridge. The West Wing is closed.", null);
        for (Mention m : t.tagging.mentions()) {
            assertFalse(m.text.equals("North") || m.text.equals("West"), "no region alone: " + t.describe());
        }
    }

    @Test
    void theNationIsTheCountryTheTextNamesMost() {
        Tagged t = new Tagged("Tonight I speak to you about Norway. Norway has changed, and the Nation must decide. "
                + "I trust our Nation and the strength of this Republic.", null);
        t.assertMention("Nation", 0, LOCATION, "location:norway");
        t.assertMention("Nation", 1, LOCATION, "location:norway");
        t.assertMention("Republic", 0, LOCATION, "location:norway");
    }

    @Test
    void anEmpireOrAConfederacyIsAPlaceOfItsOwn() {
        Tagged t = new Tagged("The letters travelled far beyond Chile. Soldiers of the Empire marched north, "
                + "and the Confederacy lost the war.", null);
        t.assertMention("Empire", 0, LOCATION, "location:empire");
        t.assertMention("Confederacy", 0, LOCATION, "location:confederacy");
    }

    @Test
    void aPolityNounBeforeOfAndANameIsLeftToTheNameRules() {
        Tagged t = new Tagged("They lived under the Empire of Quarrel for decades.", null);
        for (Mention m : t.tagging.mentions()) {
            assertFalse(m.text.equals("Empire"), "not the noun alone: " + t.describe());
        }
    }

    @Test
    void numberedRoadsArePlaces() {
        Tagged t = new Tagged("From the north take I-35 West, then US-290 to the ranch. Route 9 is slower. "
                + "In England take the M4 and then the A303 southbound.", null);
        t.assertMention("I-35 West", 0, LOCATION, "location:i-35-west");
        t.assertMention("US-290", 0, LOCATION, "location:us-290");
        t.assertMention("Route 9", 0, LOCATION, "location:route-9");
        t.assertMention("M4", 0, LOCATION, "location:m4");
        t.assertMention("A303 southbound", 0, LOCATION, "location:a303-southbound");
    }

    @Test
    void aGradeOrAPaperSizeIsNoRoad() {
        Tagged t = new Tagged("Her German is at level B2 and she prints on A4 paper. Cell A1 holds the total.", null);
        for (Mention m : t.tagging.mentions()) {
            assertFalse(m.type == LOCATION, "no road: " + t.describe());
        }
    }

    @Test
    void anOrganisationInAnOfficeIsNested() {
        Tagged t = new Tagged("Maren Holt, Chair of the Quiet Waters Council, opened the session.", null);
        Mention office = t.mention("Chair of the Quiet Waters Council");
        Mention council = t.mention("Quiet Waters Council");
        assertEquals(PERSON, office.type);
        assertEquals(ORGANIZATION, council.type);
        assertEquals("organization:quiet-waters-council", council.entityId);
    }

    @Test
    void anOfficeOfASubjectNamesNoOrganisation() {
        Tagged t = new Tagged("Ines Falk became Professor of Linguistics at forty.", null);
        for (Mention m : t.tagging.mentions()) {
            assertFalse(m.type == ORGANIZATION, "no organisation: " + t.describe());
        }
    }

    @Test
    void aNounOfKinshipOrRelationBeforeANameMakesAPerson() {
        Tagged t = new Tagged("He studied with his mentor Ovid Tallam in Bergen. Her third daughter Wrenna was born in "
                + "1929. A classmate, Koru Tanabe, wrote a novel.", null);
        t.assertMention("Ovid Tallam", 0, PERSON, "person:ovid-tallam");
        t.assertMention("Wrenna", 0, PERSON, "person:wrenna");
        t.assertMention("Koru Tanabe", 0, PERSON, "person:koru-tanabe");
    }

    @Test
    void aCapitalisedRelationWordIsNotTheCue() {
        Tagged t = new Tagged("We sang at Friend Quarry Hall on Sunday.", null);
        for (Mention m : t.tagging.mentions()) {
            assertFalse(m.type == PERSON, "no person: " + t.describe());
        }
    }

    @Test
    void aNameThatIsATownIsAPlace() {
        Tagged t = new Tagged("Velmora is a small town in the hills. Velmora is the capital of the district.", null);
        t.assertMention("Velmora", 0, LOCATION, "location:velmora");
        t.assertMention("Velmora", 1, LOCATION, "location:velmora");
    }

    @Test
    void aPlaceWordAloneIsThePlaceNamedBeforeWithIt() {
        Tagged t = new Tagged("We spent a week in Orrin Village. Every morning the Village woke late, and from the Airport "
                + "a bus ran hourly.", null);
        t.assertMention("Village", 1, LOCATION, "location:orrin-village");
        t.assertMention("Airport", 0, LOCATION, "location:airport");
    }

    @Test
    void aStreetOrCountyWordAloneIsNotAPlace() {
        Tagged t = new Tagged("They asked the County for money and walked down the Street after dark.", null);
        for (Mention m : t.tagging.mentions()) {
            assertFalse(m.type == LOCATION, "no place: " + t.describe());
        }
    }

    @Test
    void theDevilIsAPerson() {
        Tagged t = new Tagged("In the old tale the farmer made a bargain with the Devil at the crossroads.", null);
        t.assertMention("Devil", 0, PERSON, null);
    }

    @Test
    void buildingsReservesAndExpresswaysArePlaces() {
        Tagged t = new Tagged("We walked from the Harrow Building to the Quell Scenic Reserve, then drove the Tamsin "
                + "Expressway past the Orlo Mansion.", null);
        t.assertMention("Harrow Building", 0, LOCATION, "location:harrow-building");
        t.assertMention("Quell Scenic Reserve", 0, LOCATION, "location:quell-scenic-reserve");
        t.assertMention("Tamsin Expressway", 0, LOCATION, "location:tamsin-expressway");
        t.assertMention("Orlo Mansion", 0, LOCATION, "location:orlo-mansion");
    }

    @Test
    void wellKnownBroadcastersAndServicesAreOrganisations() {
        Tagged t = new Tagged("The clip ran on MSNBC and C-SPAN, and the photo is licensed under Creative Commons.", null);
        t.assertMention("MSNBC", 0, ORGANIZATION, "organization:msnbc");
        t.assertMention("C-SPAN", 0, ORGANIZATION, "organization:c-span");
        t.assertMention("Creative Commons", 0, ORGANIZATION, "organization:creative-commons");
    }

    private static void assertEquals(EntityType expected, EntityType actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    private static void assertEquals(String expected, String actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
