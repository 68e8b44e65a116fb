package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Organisations that news names in ways other texts rarely do, on sentences written for these tests. */
class NewsOrganisationsTest {

    @Test
    void anAcronymBeforeACountryIsTheBranchForIt() { // AcronymOrganisationOfPlace
        Tagged t = new Tagged("NHS Wales said waiting times rose on Monday, and UNICEF UK launched an appeal.", null);
        t.assertMention("NHS Wales", 0, ORGANIZATION, "organization:nhs-wales");
        t.assertMention("UNICEF UK", 0, ORGANIZATION, "organization:unicef-uk");
        t.assertMention("Wales", 0, LOCATION, "location:wales");
    }

    @Test
    void anAcronymAndACountryBeforeTalksAreTwoParties() { // AcronymOrganisationOfPlace
        Tagged t = new Tagged("NATO Russia talks stalled on Friday.", null);
        t.assertMention("NATO", 0, ORGANIZATION, null);
        t.assertMention("Russia", 0, LOCATION, "location:russia");
    }

    @Test
    void aGazetteerNameOpeningWithADigitIsAName() { // DigitOpenedNames
        Tagged t = new Tagged("Shares of 3M fell on Monday, and the chain 7-Eleven opened a store.", null);
        t.assertMention("3M", 0, ORGANIZATION, "organization:3m");
        t.assertMention("7-Eleven", 0, ORGANIZATION, "organization:7-eleven");
    }

    @Test
    void aNumberOpeningNoGazetteerNameIsNoName() { // DigitOpenedNames
        Tagged t = new Tagged("He printed 3D models with 5G phones in the 21st century.", null);
        assertFalse(t.tagged("3D", 0), t.describe());
        assertFalse(t.tagged("5G", 0), t.describe());
    }

    @Test
    void aDemonymBeforeAnotherCountrysInstitutionIsAnEntityOfItsOwn() { // OtherCountryInstitutions
        Tagged t = new Tagged("The Ghanaian Parliament approved the budget. Parliament will meet again in May.", null);
        t.assertMention("Ghanaian Parliament", 0, ORGANIZATION, "organization:ghanaian-parliament");
        t.assertMention("Parliament", 1, ORGANIZATION, "organization:ghanaian-parliament");
    }

    @Test
    void aDemonymOfTheInstitutionsOwnCountryIsTheGazetteerEntity() { // OtherCountryInstitutions
        Tagged t = new Tagged("The American Senate approved the treaty. The Senate will meet again in May.", null);
        t.assertMention("American Senate", 0, ORGANIZATION, "organization:us-senate");
        t.assertMention("Senate", 1, ORGANIZATION, "organization:us-senate");
    }

    @Test
    void aPluralNameBeforeAPlayersPositionIsATeam() { // TeamsBesidePlayWords
        Tagged t = new Tagged("Velmoran Hawks guard Tim Lund scored 12 points.", null);
        t.assertMention("Velmoran Hawks", 0, ORGANIZATION, null);
        t.assertMention("Tim Lund", 0, PERSON, null);
    }

    @Test
    void aCityBeforeAPlayersPositionAndANameIsItsTeamInSport() { // TeamsBesidePlayWords.beforeNamedPlayer
        Tagged t = new Tagged("Liverpool striker Tom Reed scored twice as the league leaders won the match. "
                + "The coach praised the season. Reed lives in Liverpool.", null);
        assertEquals(ORGANIZATION, t.mention("Liverpool", 0).type, t.describe());
        assertEquals(LOCATION, t.mention("Liverpool", 1).type, t.describe());
    }

    @Test
    void aCityBeforeAStaffWordOutsideSportStaysACity() { // TeamsBesidePlayWords.beforeNamedPlayer
        Tagged t = new Tagged("Liverpool manager Tom Reed opened the new library on Friday.", null);
        assertEquals(LOCATION, t.mention("Liverpool", 0).type, t.describe());
    }

    @Test
    void aNameBeforeANounOfNewsOutletsIsAnOrganisation() { // NewsOutletNouns through CuedOrganisations
        Tagged t = new Tagged("The state-run Quarna news agency reported the visit, and the Velmo newspaper said it was brief.", null);
        t.assertMention("Quarna", 0, ORGANIZATION, null);
        t.assertMention("Velmo", 0, ORGANIZATION, null);
    }

    @Test
    void aPluralNameAfterTheThatSpeaksIsNoPerson() { // PluralNamesAfterTheAreNoPersons
        Tagged t = new Tagged("The Velmora Night Owls said he would stay.", null);
        t.assertMention("Velmora Night Owls", 0, ORGANIZATION, null);
    }

    @Test
    void pluralNamesAroundAGamesResultAreTeams() { // TeamsBesidePlayWords, results
        Tagged t = new Tagged("The Tarnvik Snow Foxes lost to the Quarrow Falcons on Sunday.", null);
        t.assertMention("Tarnvik Snow Foxes", 0, ORGANIZATION, null);
        t.assertMention("Quarrow Falcons", 0, ORGANIZATION, null);
    }

    @Test
    void aNameOpeningWithDailyAfterTheIsANewspaper() { // DailyNewspaperNames
        Tagged t = new Tagged("The Daily Quarrow said the mayor resigned.", null);
        t.assertMention("Daily Quarrow", 0, ORGANIZATION, "organization:daily-quarrow");
    }

    @Test
    void aPersonBeforeAStaffWordStaysAPerson() { // TeamsBesidePlayWords
        Tagged t = new Tagged("Anna Williams coach Tom Reed said she was tired.", null);
        assertEquals(PERSON, t.mention("Anna Williams").type, t.describe());
    }
}
