package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Rules that decide which mentions are one canonical entity, on texts written for these tests. */
class CanonicalRulesTest {

    @Test
    void aPartysNationalCommitteeIsNotThePartyItself() {
        Tagged t = new Tagged("The Democratic National Committee raised money. The Democratic Party lost seats. "
                + "The RNC and the Republican Party disagreed.", null);
        t.assertMention("Democratic National Committee", 0, ORGANIZATION, "organization:democratic-national-committee");
        t.assertMention("Democratic Party", 0, ORGANIZATION, "organization:democratic-party");
        t.assertMention("RNC", 0, ORGANIZATION, "organization:republican-national-committee");
    }

    @Test
    void aShortGivenNameInsideALongerRunIsTheSamePerson() {
        Tagged t = new Tagged("Biologist Nick Harrowgate studies moss in Wales. Later Nick Harrowgate said the moss was dry. "
                + "Harrowgate left.", null);
        assertEquals(t.mention("Biologist Nick Harrowgate").entityId, t.mention("Nick Harrowgate", 1).entityId, t.describe());
    }

    @Test
    void anOrganisationNamedWithAndWithoutADemonymIsOne() {
        Tagged t = new Tagged("Ilse Varga joined the Labor Party in 1990. The Australian Labor Party won the vote.", null);
        assertEquals(t.mention("Labor Party").entityId, t.mention("Australian Labor Party").entityId, t.describe());
    }

    @Test
    void aParentCompanyIsNotItsSubsidiary() {
        Tagged t = new Tagged("Alphabet Inc. said its unit Google would hire more. Meta Platforms said Facebook had fewer users.", null);
        assertNotEquals(t.mention("Alphabet Inc.").entityId, t.mention("Google").entityId, t.describe());
        assertNotEquals(t.mention("Meta Platforms").entityId, t.mention("Facebook").entityId, t.describe());
    }

    @Test
    void aTitleSetOffByACommaBesideANameIsThatPerson() {
        Tagged t = new Tagged("Yesterday our Administrator, Anna Okafor, opened the hall. "
                + "Later Tobias Wrenfield, the Prime Minister, spoke. The Prime Minister left early.", null);
        t.assertMention("Administrator", 0, PERSON, "person:anna-okafor");
        t.assertMention("Prime Minister", 0, PERSON, "person:tobias-wrenfield");
        t.assertMention("Prime Minister", 1, PERSON, "person:tobias-wrenfield"); // the title alone later: the same holder
        Tagged address = new Tagged("Thank you. Mr. Chair, Ilse Varga will now speak for us.", null);
        assertNotEquals("person:ilse-varga", address.mention("Mr. Chair").entityId, address.describe()); // an address
    }

    @Test
    void aTitleAloneAfterAnAcronymIsAPerson() {
        Tagged t = new Tagged("Yesterday the NASA Administrator visited the site. Administrator Ilse Varga said it went well.", null);
        t.assertMention("Administrator", 0, PERSON, null);
        t.assertMention("Administrator Ilse Varga", 0, PERSON, "person:ilse-varga");
    }

    @Test
    void aPartyAdjectiveBeforeAGazetteerOrganisationIsNotPartOfItsName() {
        Tagged t = new Tagged("The bill passed the Democratic Senate in May. Then the Senate adjourned. "
                + "The Communist Party met in June.", null);
        t.assertMention("Senate", 0, ORGANIZATION, "organization:us-senate");
        t.assertMention("Communist Party", 0, ORGANIZATION, "organization:communist-party");
    }

    @Test
    void aTitleAloneDoesNotJoinALongerTitleEndingWithTheSameWord() {
        Tagged t = new Tagged("Today the Vice President of the United States arrived. "
                + "The President of the United States left. Later the Vice President spoke and the President listened.", null);
        assertNotEquals(t.mention("Vice President of the United States").entityId,
                t.mention("President of the United States", 1).entityId, t.describe());
        assertNotEquals(t.mention("Vice President", 1).entityId, t.mention("President", 3).entityId, t.describe());
    }

    @Test
    void aGazetteerOrganisationStartingARunThatEndsInAnOrganisationWordIsPartOfIt() {
        Tagged t = new Tagged("The bill went to the Senate Judiciary Committee on Monday. The Senate voted later.", null);
        t.assertMention("Senate Judiciary Committee", 0, ORGANIZATION, "organization:senate-judiciary-committee");
        t.assertMention("Senate", 1, ORGANIZATION, "organization:us-senate");
    }

    @Test
    void aTitleInALineOfCapitalsIsThePersonNamedWithIt() {
        Tagged t = new Tagged("REMARKS BY THE VICE PRESIDENT\n\nToday Vice President Mara Okafor opened the new bridge.", null);
        t.assertMention("VICE PRESIDENT", 0, PERSON, "person:mara-okafor");
    }

    @Test
    void anOfficeAfterANameAndAVerbOfBeingIsThatPerson() {
        Tagged t = new Tagged("Ilse Varga is Professor of Botany at the college. Tomas Brandqvist is now the 12th "
                + "Governor of Velmora. Anna Quill served as President of the Society of Bakers in 1991. "
                + "Tobias Wrenfield, who was Chair of the Harbour Council, retired.", null);
        t.assertMention("Professor of Botany", 0, PERSON, "person:ilse-varga");
        t.assertMention("Governor of Velmora", 0, PERSON, "person:tomas-brandqvist");
        t.assertMention("President of the Society of Bakers", 0, PERSON, "person:anna-quill");
        t.assertMention("Chair of the Harbour Council", 0, PERSON, "person:tobias-wrenfield");
    }

    @Test
    void aNewspaperIsCalledByTheLastWordOfItsName() {
        Tagged t = new Tagged("The New York Times reported the deal. The Times said it had two sources. "
                + "The White House declined to comment, and the House was not in session.", null);
        t.assertMention("Times", 1, ORGANIZATION, "organization:new-york-times");
        assertNotEquals("organization:white-house", t.mention("House", 1).entityId, t.describe());
    }

    @Test
    void aLegalFormAfterAGazetteerCompanyIsTheSameCompany() {
        Tagged t = new Tagged("Microsoft Corp. reported higher sales on Tuesday. Microsoft said cloud revenue rose.", null);
        t.assertMention("Microsoft Corp.", 0, ORGANIZATION, "organization:microsoft");
        t.assertMention("Microsoft", 1, ORGANIZATION, "organization:microsoft");
        Tagged generic = new Tagged("Toyota Motor Corp. raised prices. Toyota said steel cost more.", null);
        generic.assertMention("Toyota Motor Corp.", 0, ORGANIZATION, "organization:toyota");
    }

    @Test
    void theHouseAfterTheCountrysHouseOfRepresentativesIsThatHouse() {
        Tagged t = new Tagged("The U.S. House of Representatives passed the bill. House Speaker Mara Okafor said "
                + "the House would not wait.", null);
        t.assertMention("U.S. House of Representatives", 0, ORGANIZATION, "organization:us-house-of-representatives");
        t.assertMention("House", 2, ORGANIZATION, "organization:us-house-of-representatives");
    }

    @Test
    void aMajorityLeaderOrAnEnergyMinisterIsATitle() {
        Tagged t = new Tagged("The plan was opposed by Senate Minority Leader Tobias Wrenfield on Monday.", null);
        t.assertMention("Minority Leader Tobias Wrenfield", 0, PERSON, "person:tobias-wrenfield");
        Tagged minister = new Tagged("The deal was signed by Velmora's Energy Minister Ilse Varga on Monday.", null);
        minister.assertMention("Energy Minister Ilse Varga", 0, PERSON, "person:ilse-varga");
    }

    @Test
    void aTitleThatIsAlsoAGivenNameAfterAnotherTitleOpensTheName() {
        Tagged t = new Tagged("Senator Dean Harlow said on Tuesday that the bill would pass. Harlow voted for it.", null);
        t.assertMention("Dean Harlow", 0, PERSON, "person:dean-harlow");
        t.assertMention("Harlow", 1, PERSON, "person:dean-harlow");
        Tagged office = new Tagged("The Dean of Students, Mark Ruiz, said the rules would change.", null);
        office.assertMention("Mark Ruiz", 0, PERSON, "person:mark-ruiz");
    }
}
