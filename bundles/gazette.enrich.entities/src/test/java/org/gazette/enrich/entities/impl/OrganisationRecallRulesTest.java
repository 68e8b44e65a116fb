package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rules for organisation recall in news text; texts written for these tests. */
class OrganisationRecallRulesTest {

    @Test
    void anAcronymInBracketsAfterAnOrganisationIsItEvenWhenItsLettersDiffer() {
        Tagged t = new Tagged("The Zellix Trading Company (ZETCO) grew fast. Later ZETCO hired forty people, and the College of Quill"
                + " Makers (CoQM) met. CoQM issued a statement.", null);
        t.assertMention("ZETCO", 0, ORGANIZATION, "organization:zellix-trading-company");
        t.assertMention("ZETCO", 1, ORGANIZATION, "organization:zellix-trading-company");
        t.assertMention("CoQM", 0, ORGANIZATION, "organization:college-of-quill-makers");
        t.assertMention("CoQM", 1, ORGANIZATION, "organization:college-of-quill-makers");
    }

    @Test
    void anAcronymInBracketsAfterAPersonIsNotAnOrganisation() {
        Tagged t = new Tagged("Mara Okafor (MO) said that MO would stay.", null);
        assertFalse(t.tagged("MO", 0) && t.mention("MO").type == ORGANIZATION, t.describe());
    }

    @Test
    void forceEndsAnOrganisation() {
        Tagged t = new Tagged("Soldiers of the Velmoran Protection Force patrolled the border on Monday.", null);
        t.assertMention("Velmoran Protection Force", 0, ORGANIZATION, null);
    }

    @Test
    void aPlaceOrDemonymBeforeAnOrganisationHeadWithOfIsPartOfTheOrganisation() {
        Tagged t = new Tagged("The Nevada Department of Transportation closed the road, and the American College of Pediatricians"
                + " objected. Boats crossed the Gulf of Mexico.", null);
        t.assertMention("Nevada Department of Transportation", 0, ORGANIZATION, null);
        t.assertMention("American College of Pediatricians", 0, ORGANIZATION, null);
        t.assertMention("Gulf of Mexico", 0, LOCATION, null);
    }

    @Test
    void aPlaceBeforeAMuseumOfSomethingIsNoOrganisation() {
        Tagged t = new Tagged("We walked from Paris Museum of Modern Art to the river.", null);
        t.assertMention("Paris Museum of Modern Art", 0, LOCATION, null); // a venue, one place (VenueHeadOf)
    }

    @Test
    void anAppositionWithWordsBeforeTheKindOfOrganisationCuesIt() {
        Tagged t = new Tagged("Quorvix, a Berlin-based startup, was bought in May. Orbis Dynamics, the country's largest bank,"
                + " lost money.", null);
        t.assertMention("Quorvix", 0, ORGANIZATION, null);
        t.assertMention("Orbis Dynamics", 0, ORGANIZATION, null);
    }

    @Test
    void anAppositionWhoseNounGoesOnIsNoOrganisation() {
        Tagged t = new Tagged("Tarvo Leskinen, a band member, sang. Yellow Oxide Species, the group of chemicals, burn.", null);
        assertFalse(t.tagged("Tarvo Leskinen", 0) && t.mention("Tarvo Leskinen").type == ORGANIZATION, t.describe());
        assertFalse(t.tagged("Yellow Oxide Species", 0) && t.mention("Yellow Oxide Species").type == ORGANIZATION, t.describe());
    }

    @Test
    void joiningANameOfSeveralWordsCuesAnOrganisation() {
        Tagged t = new Tagged("In 2010 she joined Orbis Dynamics as an engineer.", null);
        t.assertMention("Orbis Dynamics", 0, ORGANIZATION, null);
    }

    @Test
    void anOrganisationNamedWithAPossessiveIsOneOrganisation() {
        Tagged t = new Tagged("The Hollis County Sheriff's Office said two deputies were hurt. The Zembla People's Party and the"
                + " Attorney General's Office disagreed, and the Kenyan Teachers' Union went on strike.", null);
        t.assertMention("Hollis County Sheriff's Office", 0, ORGANIZATION, null);
        t.assertMention("Zembla People's Party", 0, ORGANIZATION, null);
        t.assertMention("Attorney General's Office", 0, ORGANIZATION, null);
        t.assertMention("Kenyan Teachers' Union", 0, ORGANIZATION, null);
    }

    @Test
    void aPlaceBeforeThePossessiveOrganisationIsPartOfIt() {
        Tagged t = new Tagged("He was taken to Boston Children's Hospital on Friday.", null);
        t.assertMention("Boston Children's Hospital", 0, ORGANIZATION, null);
    }

    @Test
    void aPersonsPossessiveBeforeAnOrganisationIsNotJoined() {
        Tagged t = new Tagged("Mara Okafor's Labour Party won the vote.", null);
        t.assertMention("Mara Okafor", 0, PERSON, null);
        t.assertMention("Labour Party", 0, ORGANIZATION, null);
    }

    @Test
    void aPublicationWrittenWithTheIsCuedByTellingOrReporting() {
        Tagged t = new Tagged("Mayor Ruiz told The Kestrel on Monday that the bridge would close. The Lark reported the same."
                + " A columnist for The Daily Lark agreed, and later The Kestrel printed a map.", null);
        t.assertMention("Kestrel", 0, ORGANIZATION, null);
        t.assertMention("Lark", 0, ORGANIZATION, null);
        t.assertMention("Daily Lark", 0, ORGANIZATION, null);
        t.assertMention("Kestrel", 1, ORGANIZATION, null);
    }

    @Test
    void aTitleAfterTheIsNoPublication() {
        Tagged t = new Tagged("Officials met on Monday. The President reported that the talks had failed.", null);
        assertTrue(!t.tagged("President", 0) || t.mention("President").type != ORGANIZATION, t.describe());
    }

    @Test
    void aSpokespersonForANameSpeaksForAnOrganisation() {
        Tagged t = new Tagged("A spokesperson for Korvath said on Monday that the deal was off.", null);
        t.assertMention("Korvath", 0, ORGANIZATION, null);
    }

    @Test
    void sharesInANameMakeItAnOrganisationNotAPlace() {
        Tagged t = new Tagged("Shares in Tellmar rose after the report, and investors in Brovik were upset.", null);
        t.assertMention("Tellmar", 0, ORGANIZATION, null);
        t.assertMention("Brovik", 0, ORGANIZATION, null);
    }

    @Test
    void theChiefExecutiveOfANameRunsAnOrganisation() {
        Tagged t = new Tagged("He is the chief executive of Quenby and lives nearby.", null);
        t.assertMention("Quenby", 0, ORGANIZATION, null);
    }

    @Test
    void aCityThatIsAlsoASurnameBeforeAPluralAfterTheIsATeam() {
        Tagged t = new Tagged("He pitched against the Houston Astros on Monday.", null);
        t.assertMention("Houston Astros", 0, ORGANIZATION, null);
    }

    @Test
    void aNounOfOrganisationsAndACommaBeforeANameCueIt() {
        Tagged t = new Tagged("In 2000 he set up a space company, Veldan Orbit, with two friends.", null);
        t.assertMention("Veldan Orbit", 0, ORGANIZATION, null);
    }

    @Test
    void anOrganisationNamedWithAndWithoutItsCountryIsOne() {
        Tagged t = new Tagged("The Kenyan Fisheries Board met on Monday. Later the Fisheries Board agreed.", null);
        t.assertMention("Kenyan Fisheries Board", 0, ORGANIZATION, "organization:kenyan-fisheries-board");
        t.assertMention("Fisheries Board", 1, ORGANIZATION, "organization:kenyan-fisheries-board");
    }

    @Test
    void twoCountriesSharingTheShorterNameKeepItApart() {
        Tagged t = new Tagged("The Kenyan Fisheries Board and the Ugandan Fisheries Board met. The Fisheries Board agreed.", null);
        t.assertMention("Fisheries Board", 2, ORGANIZATION, "organization:fisheries-board");
    }

    @Test
    void aPartysNationalCommitteeIsNotTheParty() {
        Tagged t = new Tagged("The Democratic National Committee paid for the ads, the Democratic Party said.", null);
        t.assertMention("Democratic National Committee", 0, ORGANIZATION, "organization:democratic-national-committee");
        t.assertMention("Democratic Party", 0, ORGANIZATION, "organization:democratic-party");
    }

    @Test
    void anAcronymBeforeAVerbOfGovernmentsActsAsABody() {
        Tagged t = new Tagged("On Friday the ZPLA vowed to fight on, and later ZPLA members left the hills.", null);
        t.assertMention("ZPLA", 0, ORGANIZATION, null);
        t.assertMention("ZPLA", 1, ORGANIZATION, null);
    }

    @Test
    void anUnknownPlaceAndAPluralAfterTheIsATeamInATextAboutSport() {
        Tagged t = new Tagged("It was a long season. Their coach smiled when the Wilmot Hawks beat the Quarrow Owls in the league"
                + " on Monday.", null);
        t.assertMention("Wilmot Hawks", 0, ORGANIZATION, null);
        t.assertMention("Quarrow Owls", 0, ORGANIZATION, null);
    }

    @Test
    void anUnknownPlaceAndAPluralIsNoTeamOutsideSportOrAsAnEvent() {
        Tagged quiet = new Tagged("We drove past the Wilmot Hawks on Monday and stopped for tea.", null);
        assertFalse(quiet.tagged("Wilmot Hawks", 0) && quiet.mention("Wilmot Hawks").type == ORGANIZATION, quiet.describe());
        Tagged event = new Tagged("It was a long season. Their coach smiled in the league after the Zembla Series ended.", null);
        assertFalse(event.tagged("Zembla Series", 0) && event.mention("Zembla Series").type == ORGANIZATION, event.describe());
    }

    @Test
    void aTextPrintedInAPublicationCuesIt() {
        Tagged t = new Tagged("Last week she wrote an article in The Marlow Courant about the dam.", null);
        t.assertMention("Marlow Courant", 0, ORGANIZATION, null);
    }

    @Test
    void organisationsNewsNamesOftenAreKnownWithTheirAliases() {
        Tagged t = new Tagged("The Tamil Tigers attacked, the army said, and the LTTE denied it. Ira Lomax told Qantas staff.", null);
        t.assertMention("Tamil Tigers", 0, ORGANIZATION, "organization:liberation-tigers-of-tamil-eelam");
        t.assertMention("LTTE", 0, ORGANIZATION, "organization:liberation-tigers-of-tamil-eelam");
        t.assertMention("Qantas", 0, ORGANIZATION, "organization:qantas");
        t.assertMention("Ira Lomax", 0, PERSON, null);
    }

    @Test
    void aTeamsPluralNicknameJoinsItsFullName() {
        Tagged t = new Tagged("It was a long season. Their coach smiled when the Quarrow Owls won the league. He also led"
                + " the Owls in batting.", null);
        t.assertMention("Quarrow Owls", 0, ORGANIZATION, "organization:quarrow-owls");
        t.assertMention("Owls", 1, ORGANIZATION, "organization:quarrow-owls");
    }

    @Test
    void aPlaceAfterAWordOfPlayingAndForIsATeamInATextAboutSport() {
        Tagged t = new Tagged("It was a long season in the league. He opened with the Quarrow Hawks and hit well in 40 games"
                + " for Quarrow. His coach said he debuted for Boston in May.", null);
        t.assertMention("Quarrow", 1, ORGANIZATION, "organization:quarrow-hawks");
        t.assertMention("Boston", 0, ORGANIZATION, null);
        Tagged quiet = new Tagged("He bought 40 games for Quarrow children and flew to Boston in May.", null);
        assertFalse(quiet.tagged("Boston", 0) && quiet.mention("Boston").type == ORGANIZATION, quiet.describe());
    }

    @Test
    void aCountryThatIsAPartyToACourtCaseIsItsGovernment() {
        Tagged t = new Tagged("The judges cited Tallow versus United States and upheld the ruling. She later moved to the"
                + " United States.", null);
        t.assertMention("United States", 0, ORGANIZATION, "organization:united-states");
        t.assertMention("United States", 1, LOCATION, "location:united-states");
    }

    @Test
    void aSocialNetworkAfterOnIsTheMediumOfAPostNotTheCompany() {
        Tagged t = new Tagged("She put the clip on YouTube and wished him well on Facebook. Later Facebook said it had removed"
                + " the post, and her channel on YouTube grew.", null);
        assertFalse(t.tagged("YouTube", 0), t.describe());
        assertFalse(t.tagged("Facebook", 0), t.describe());
        t.assertMention("Facebook", 1, ORGANIZATION, "organization:facebook");
        t.assertMention("YouTube", 1, ORGANIZATION, "organization:youtube");
    }

    @Test
    void anOrganisationWordAloneAfterThisOrOurIsAnOrganisation() {
        Tagged t = new Tagged("The choice rests with this Assembly, and our Parliament will vote on it in May.", null);
        t.assertMention("Assembly", 0, ORGANIZATION, null);
        t.assertMention("Parliament", 0, ORGANIZATION, null);
    }

    @Test
    void theJudiciaryAndTheLegislatureAloneAreOrganisations() {
        Tagged t = new Tagged("The Legislature of Varnhold passed the budget in March, and the Judiciary then reviewed it. "
                + "The hearing was shown on the Judiciary's channel after the Legislature adjourned.", null);
        t.assertMention("Judiciary", 0, ORGANIZATION, null);
        t.assertMention("Legislature", 1, ORGANIZATION, null);
    }

    @Test
    void anOrganisationWordAloneThatTheContextCallsAPersonIsAnOrganisation() {
        Tagged t = new Tagged("Are both sides ready? Alright. Court's allotted twenty minutes to each side.", null);
        t.assertMention("Court", 0, ORGANIZATION, null);
    }
}
