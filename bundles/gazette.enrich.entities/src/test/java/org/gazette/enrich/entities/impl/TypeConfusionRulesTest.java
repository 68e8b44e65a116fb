package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names found but typed wrongly: {@link TitledFacilityNames}, {@link PlaceAfterPlaceAndComma}, {@link ShopsByPossessive}, and the company "Amazon". */
class TypeConfusionRulesTest {

    @Test
    void aBuildingNamedAfterATitledPersonIsAPlace() {
        Tagged t = new Tagged("Tourists crowd the Sheikh Varrow Mosque every spring. The city renamed it the Emperor Tallon Bridge.", null);
        assertEquals(LOCATION, t.mention("Sheikh Varrow Mosque").type);
        assertEquals(LOCATION, t.mention("Emperor Tallon Bridge").type);
    }

    @Test
    void anHonorificAndAGivenNameBeforeSuchAWordStayAPerson() {
        Tagged t = new Tagged("Later Mr. Tom Bridge said the shop would close.", null);
        assertEquals(PERSON, t.mention("Mr. Tom Bridge").type);
    }

    @Test
    void aGivenNameAfterAPlaceAndACommaIsTheLargerPlace() {
        Tagged t = new Tagged("Orvel Tamsk was born in Exeter, Devon. He moved away at ten.", null);
        assertEquals(LOCATION, t.mention("Devon").type);
    }

    @Test
    void aNameAfterAPlaceAndACommaBeforeAVerbIsNoPlace() {
        Tagged t = new Tagged("In Paris, Anna said hello to everyone.", null);
        assertEquals(PERSON, t.mention("Anna").type);
    }

    @Test
    void aNameWithAPossessiveEndingThePhraseAfterAtIsABusiness() {
        Tagged t = new Tagged("Our mother is down at Quillby's. She came back with a Quillby's bag.", null);
        assertEquals(ORGANIZATION, t.mention("Quillby").type);
        assertEquals(ORGANIZATION, t.mention("Quillby", 1).type);
    }

    @Test
    void aGivenNameWithAPossessiveIsSomeonesHome() {
        Tagged t = new Tagged("We had dinner at Sarah's. It was late.", null);
        assertEquals(PERSON, t.mention("Sarah").type);
    }

    @Test
    void amazonAloneIsTheCompanyAndItsRainforestAPlace() {
        Tagged t = new Tagged("Amazon said it would hire more drivers. Fires burned across the Amazon rainforest.", null);
        assertEquals(ORGANIZATION, t.mention("Amazon").type);
        assertEquals(LOCATION, t.mention("Amazon rainforest").type);
    }

    @Test
    void aPlaceBeforeANewspaperWordIsPartOfThePapersName() {
        Tagged t = new Tagged("He told China Daily about the plan. The Brooklyn Paper ran the story.", null);
        assertEquals(ORGANIZATION, t.mention("China Daily").type);
        assertEquals(ORGANIZATION, t.mention("Brooklyn Paper").type);
    }
}
