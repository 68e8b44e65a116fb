package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The resolver's rules for joining and telling apart names, on texts written for these tests. */
class ResolutionRulesTest {

    @Test
    void aNameAloneDoesNotJoinARunGuessedAPersonThatStartsWithAnOrdinaryWord() {
        Tagged t = new Tagged("The river was silent. In the north, Silent Varrowmere had no visitors that winter. "
                + "Traders came back to Varrowmere in the spring, and Varrowmere grew.", null);
        assertNotEquals("person:silent-varrowmere", t.mention("Varrowmere", 1).entityId, t.describe());
        assertNotEquals("person:silent-varrowmere", t.mention("Varrowmere", 2).entityId, t.describe());
        Tagged named = new Tagged("Ilse Varrowmere had no visitors that winter. Varrowmere wrote letters instead.", null);
        named.assertMention("Varrowmere", 1, PERSON, "person:ilse-varrowmere"); // a given name is evidence
    }

    @Test
    void aSurnameAloneStaysWithThePersonItAlreadyStoodFor() {
        Tagged t = new Tagged("Marta Quillfeather was born in Leeds. Quillfeather studied music there. "
                + "Her brother Tobias Quillfeather ran a bakery. In 1990 Quillfeather moved to Oslo.", null);
        t.assertMention("Quillfeather", 1, PERSON, "person:marta-quillfeather");
        t.assertMention("Tobias Quillfeather", 0, PERSON, "person:tobias-quillfeather");
        t.assertMention("Quillfeather", 3, PERSON, "person:marta-quillfeather"); // not the brother named last
    }

    @Test
    void withoutAnEarlierUseThePersonNamedFirstWins() {
        Tagged t = new Tagged("Marta Quillfeather met her son Tobias Quillfeather at noon. Quillfeather said the bread was late. "
                + "Tobias said nothing.", null);
        t.assertMention("Quillfeather", 2, PERSON, "person:marta-quillfeather");
        t.assertMention("Tobias", 1, PERSON, "person:tobias-quillfeather");
    }

    @Test
    void aTitleAndSurnameJoinThePersonNamedWithThatTitle() {
        Tagged t = new Tagged("Dr. Ilse Varga opened the meeting. Then Tomas Varga spoke about the budget. "
                + "Later Dr. Varga closed it.", null);
        t.assertMention("Dr. Varga", 0, PERSON, "person:ilse-varga");
        t.assertMention("Tomas Varga", 0, PERSON, "person:tomas-varga");
    }

    @Test
    void aFullNameWithoutAMiddleNameOrInTheOtherOrderIsOnePerson() {
        Tagged t = new Tagged("Anders Eskil Brandqvist was a linguist. Eskil Brandqvist taught in Uppsala. "
                + "Saito Keiko wrote novels; Keiko Saito was born in Osaka.", null);
        t.assertMention("Eskil Brandqvist", 1, PERSON, "person:anders-eskil-brandqvist");
        assertEquals(t.mention("Saito Keiko").entityId, t.mention("Keiko Saito").entityId);
    }

    @Test
    void lettersOfHonoursAfterANameAreNotPartOfIt() {
        Tagged t = new Tagged("Dame Edith Harrowgate DBE FRS was an engineer. Edith Harrowgate built bridges. "
                + "Harrowgate retired in 1970.", null);
        t.assertMention("Dame Edith Harrowgate DBE FRS", 0, PERSON, "person:edith-harrowgate");
        t.assertMention("Edith Harrowgate", 1, PERSON, "person:edith-harrowgate");
        t.assertMention("Harrowgate", 2, PERSON, "person:edith-harrowgate");
        assertEquals("Edith Harrowgate", t.entity("person:edith-harrowgate").name);
    }

    @Test
    void twoAuthorsCitedWithAYearAreTwoPersons() {
        Tagged t = new Tagged("Earlier work (Okonkwo & Lindqvist, 2015) found the same. Okonkwo later disagreed, "
                + "and Lindqvist replied. Shares of Barrow & Fenwick rose.", null);
        t.assertMention("Okonkwo", 0, PERSON, "person:okonkwo");
        t.assertMention("Lindqvist", 0, PERSON, "person:lindqvist");
        t.assertMention("Okonkwo", 1, PERSON, "person:okonkwo");
        assertEquals(null, t.tagging.mentions().stream().filter(m -> m.text.equals("Fenwick")).findFirst().orElse(null));
    }

    @Test
    void aNumberAfterANameTellsEntitiesApart() {
        Tagged t = new Tagged("Flights to Lisbon leave from Terminal 2, flights to Rome from Terminal 3.", null);
        assertNotEquals(t.mention("Terminal 2").entityId, t.mention("Terminal 3").entityId);
        Tagged road = new Tagged("Drive north on US 61 for an hour. The US has many such roads.", null);
        assertEquals(LOCATION, road.mention("US 61").type);
        assertNotEquals(road.mention("US 61").entityId, road.mention("US", 1).entityId);
        road.assertMention("US", 1, LOCATION, "location:united-states");
    }

    @Test
    void anOrganisationWordBeforeTheFullNameJoinsIt() {
        Tagged t = new Tagged("The Tribunal met first. Later the Tribunal of Kelmoria voted, and the Tribunal adjourned.", null);
        assertEquals(t.mention("Tribunal of Kelmoria").entityId, t.mention("Tribunal", 0).entityId);
        assertEquals(t.mention("Tribunal of Kelmoria").entityId, t.mention("Tribunal", 2).entityId);
    }

    @Test
    void aTitleBeforeAPlaceWordNamesThePlace() {
        Tagged t = new Tagged("We walked from the Sultan Mosque to the Emir Mosque in the rain.", null);
        assertNotEquals(PERSON, t.mention("Sultan Mosque").type);
        assertNotEquals(t.mention("Sultan Mosque").entityId, t.mention("Emir Mosque").entityId);
    }

    @Test
    void cityOfAndNationalParkNameThePlaceItself() {
        Tagged t = new Tagged("The City of Marlow Springs grew fast. Marlow Springs now has a stadium. "
                + "We hiked in Tallgrass National Park; Tallgrass has bison.", null);
        t.assertMention("Marlow Springs", 1, LOCATION, t.mention("City of Marlow Springs").entityId);
        assertEquals(t.mention("Tallgrass National Park").entityId, t.mention("Tallgrass", 1).entityId);
    }

    @Test
    void aNameWithItsLeadingWordsAsInitialsIsTheNameInFull() {
        Tagged t = new Tagged("Traffic crossed the Harlan Ridley Bridge at dawn. "
                + "The best views of the HR Bridge are from the park in Fort Lee.", null);
        t.assertMention("Harlan Ridley Bridge", 0, LOCATION, "location:harlan-ridley-bridge");
        t.assertMention("HR Bridge", 0, LOCATION, "location:harlan-ridley-bridge");
    }
}
