package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Names that news writes in shapes the other rules missed, on sentences written for these tests. */
class NewsRecallTest {

    @Test
    void usWithoutItsLastPeriodIsTheCountry() { // countries.txt alias "U.S"
        Tagged t = new Tagged("Talks between Quorra and the U.S government stalled, and the U.S wouldn't sign.", null);
        t.assertMention("U.S", 0, LOCATION, "location:united-states");
        t.assertMention("U.S", 1, LOCATION, "location:united-states");
    }

    @Test
    void businessWordsEndCompanyNames() { // organization-words.txt: Securities, Logistics, Exchange...
        Tagged t = new Tagged("Analysts at Goldbrook Securities said Quorra Telecom would buy Tarnby Logistics, "
                + "and shares fell on the Velmora Stock Exchange.", null);
        t.assertMention("Goldbrook Securities", 0, ORGANIZATION, "organization:goldbrook-securities");
        t.assertMention("Tarnby Logistics", 0, ORGANIZATION, "organization:tarnby-logistics");
        t.assertMention("Velmora Stock Exchange", 0, ORGANIZATION, "organization:velmora-stock-exchange");
    }

    @Test
    void aNameBeforeTheOfficeOfAPlaceIsThatPlace() { // PlaceOffices
        Tagged t = new Tagged("Tarnvik Mayor Ann Lee said the town would recover, and the bill of Marrowby Rep. Tom Reed passed.", null);
        t.assertMention("Tarnvik", 0, LOCATION, "location:tarnvik");
        t.assertMention("Marrowby", 0, LOCATION, "location:marrowby");
        t.assertMention("Mayor Ann Lee", 0, PERSON, "person:ann-lee");
    }

    @Test
    void aNameBeforeACompanyTitleStaysTheCompany() { // PlaceOffices leaves "CEO" to the organisation
        Tagged t = new Tagged("Holvane CEO Tom Reed said profits rose.", null);
        t.assertMention("Holvane", 0, ORGANIZATION, "organization:holvane");
    }

    @Test
    void theNameOpeningAPrizeIsAMention() { // NamesBeforePrizes
        Tagged t = new Tagged("The novelist, a winner of the Nobel Peace Prize and a Pulitzer Prize, once held a Fulbright "
                + "Fellowship and took the BAFTA Award for best film.", null);
        t.assertMention("Nobel", 0, PERSON, "person:nobel");
        t.assertMention("Pulitzer", 0, PERSON, "person:pulitzer");
        t.assertMention("Fulbright", 0, PERSON, "person:fulbright");
        t.assertMention("BAFTA", 0, ORGANIZATION, "organization:bafta");
    }

    @Test
    void awardsNamedByNoOneOpenNoMention() { // NamesBeforePrizes.NOT_NAMES
        Tagged t = new Tagged("She won a Primetime Emmy Award, the Lifetime Achievement Award and two Teen Choice Awards.", null);
        assertFalse(t.tagged("Primetime", 0), t.describe());
        assertFalse(t.tagged("Lifetime", 0), t.describe());
        assertFalse(t.tagged("Teen", 0), t.describe());
    }

    @Test
    void theFirstWordOfAFirmsNameStandsForIt() { // FirstWordOfOrganisationNames through OrganisationJoins
        Tagged t = new Tagged("The Zembla Mining Corporation reported a loss. Zembla said it may sell two pits, "
                + "and Zembla will cut 300 jobs.", null);
        t.assertMention("Zembla", 1, ORGANIZATION, "organization:zembla-mining-corporation");
        t.assertMention("Zembla", 2, ORGANIZATION, "organization:zembla-mining-corporation");
    }

    @Test
    void aPlaceOpeningAFirmsNameStaysThePlace() { // FirstWordOfOrganisationNames
        Tagged t = new Tagged("The Boston Consulting Group opened an office, and Boston welcomed it.", null);
        t.assertMention("Boston", 1, LOCATION, "location:boston");
    }

    @Test
    void aPluralPossessiveOfPeopleNamesTheirUnion() { // PossessiveOrganisations.pluralOfPeople
        Tagged t = new Tagged("The Tarnby Dockworkers' Union called a strike, and the Velmora Beekeepers' Association backed it.", null);
        t.assertMention("Tarnby Dockworkers' Union", 0, ORGANIZATION, "organization:tarnby-dockworkers-union");
        t.assertMention("Velmora Beekeepers' Association", 0, ORGANIZATION, "organization:velmora-beekeepers-association");
    }

    @Test
    void aNameSetOffAfterANounOfPlacesIsThatPlace() { // PlaceNouns.namedAfterPlaceNoun
        Tagged t = new Tagged("Reporters in the capital, Quorra, said the talks failed, and shelling hit the northern port, Velmark.", null);
        t.assertMention("Quorra", 0, LOCATION, "location:quorra");
        t.assertMention("Velmark", 0, LOCATION, "location:velmark");
    }

    @Test
    void aPersonSetOffAfterANounOfPlacesStaysAPerson() { // PlaceNouns.namedAfterPlaceNoun leaves given names
        Tagged t = new Tagged("Back in the village, Tom Reed, 54, said he was afraid.", null);
        t.assertMention("Tom Reed", 0, PERSON, "person:tom-reed");
    }

    @Test
    void anAdjectiveOfSituationBetweenInAndANameKeepsThePlaceVote() { // PlaceAdjectives through ContextVotes
        Tagged t = new Tagged("Thousands marched in neighbouring Tarnvia, and fighting went on in war-torn Velmora.", null);
        t.assertMention("Tarnvia", 0, LOCATION, "location:tarnvia");
        t.assertMention("Velmora", 0, LOCATION, "location:velmora");
    }

    @Test
    void anAcronymAfterARoleIsNoPerson() { // Roles.personCueBefore
        Tagged t = new Tagged("The minister told state broadcaster QBC that the vote was fair, and broadcaster Tom Reed agreed.", null);
        t.assertMention("QBC", 0, ORGANIZATION, "organization:qbc");
        t.assertMention("Tom Reed", 0, PERSON, "person:tom-reed");
    }

    @Test
    void theDistrictInWashingtonDcIsNested() { // DistrictInCityName
        Tagged t = new Tagged("The senator flew back to Washington, D.C. on Monday.", null);
        t.assertMention("Washington, D.C.", 0, LOCATION, "location:washington-dc");
        t.assertMention("D.C.", 0, LOCATION, "location:district-of-columbia");
    }

    @Test
    void aTeamNamedAfterGreenBayHoldsTheCity() { // cities.txt "Green Bay"
        Tagged t = new Tagged("The Green Bay Packers won on Sunday.", null);
        t.assertMention("Green Bay Packers", 0, ORGANIZATION, "organization:green-bay-packers");
        t.assertMention("Green Bay", 0, LOCATION, "location:green-bay");
    }

    @Test
    void aNameBeforeBasedOrBornIsAPlace() { // PlaceBeforeOriginSuffix through ContextVotes
        Tagged t = new Tagged("Holvane Group, the Quorra-based retailer, hired a Tarnvik-born designer.", null);
        t.assertMention("Quorra", 0, LOCATION, "location:quorra");
        t.assertMention("Tarnvik", 0, LOCATION, "location:tarnvik");
    }

    @Test
    void aNewspaperWordEndsAnOrganisation() { // organization-words.txt: Courier, Examiner, Sentinel...
        Tagged t = new Tagged("Lawmakers in Velmora passed the bill. \"This is a dark day,\" said Lena Maris, editor of the daily "
                + "Velmora Courier, and the Tarnby Sentinel agreed.", null);
        t.assertMention("Velmora Courier", 0, ORGANIZATION, "organization:velmora-courier");
        t.assertMention("Tarnby Sentinel", 0, ORGANIZATION, "organization:tarnby-sentinel");
        t.assertMention("Velmora", 0, LOCATION, "location:velmora");
    }

    @Test
    void aCampaignGroupIsNamedByItsPurpose() { // PurposeInOrganisationNames through NameRuns and Cues
        Tagged t = new Tagged("The Committee to Protect Journalists condemned the law. We moved from Entertainment Weekly to Time Magazine.", null);
        t.assertMention("Committee to Protect Journalists", 0, ORGANIZATION, "organization:committee-to-protect-journalists");
        t.assertMention("Entertainment Weekly", 0, ORGANIZATION, null);
    }

    @Test
    void ethnicReligiousAndPoliticalGroupsArePersons() { // not-entities.txt [people]
        Tagged t = new Tagged("Fighting between Hutus and Tutsis spread, Uighurs and Houthis protested, and Libertarians voted.", null);
        t.assertMention("Hutus", 0, PERSON, "person:hutus");
        t.assertMention("Uighurs", 0, PERSON, "person:uighurs");
        t.assertMention("Houthis", 0, PERSON, "person:houthis");
        t.assertMention("Libertarians", 0, PERSON, "person:libertarians");
    }

    @Test
    void aNameBeforeALowerCaseOfficeOfAPlaceIsThatPlace() { // PlaceOffices.lowerAt
        Tagged t = new Tagged("\"We are shocked,\" said Tarnby police chief Ann Lee, and Marrowby mayor Tom Reed agreed.", null);
        t.assertMention("Tarnby", 0, LOCATION, "location:tarnby");
        t.assertMention("Marrowby", 0, LOCATION, "location:marrowby");
    }

    @Test
    void protestGroupsAndPollstersAreKnown() { // organizations.txt
        Tagged t = new Tagged("Members of the Proud Boys marched as Extinction Rebellion protested, a YouGov survey found.", null);
        t.assertMention("Proud Boys", 0, ORGANIZATION, "organization:proud-boys");
        t.assertMention("Extinction Rebellion", 0, ORGANIZATION, "organization:extinction-rebellion");
        t.assertMention("YouGov", 0, ORGANIZATION, "organization:yougov");
    }

    @Test
    void aWeekdayShortFormBeforeACapitalisedWordOpensAName() { // Calendar.weekdayAbbreviationInName
        Tagged t = new Tagged("The media moguls met in Sun Valley, Idaho, and the shop is open Sun 10-4.", null);
        t.assertMention("Sun Valley", 0, LOCATION, "location:sun-valley");
    }

    @Test
    void aTeamNamedAfterARegionIsATeam() { // TeamRegions
        Tagged t = new Tagged("The New England Patriots won on Sunday. Snow fell across New England.", null);
        t.assertMention("New England Patriots", 0, ORGANIZATION, "organization:new-england-patriots");
        t.assertMention("New England", 1, LOCATION, "location:new-england");
    }
}
