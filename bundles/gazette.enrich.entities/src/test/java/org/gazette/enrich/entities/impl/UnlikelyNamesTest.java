package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Runs of capitals that a weak guess would make a person but whose shape says they name none; texts written for these tests. */
class UnlikelyNamesTest {

    @Test
    void aWordAloneBetweenQuoteMarksIsNoName() {
        Tagged t = new Tagged("In her invented tongue the word 'Drink' became 'Tessavor', and the word 'House' became 'Brenmolt'.", null);
        for (String word : new String[] {"Drink", "Tessavor", "House", "Brenmolt"}) {
            assertFalse(t.tagged(word, 0), word + " is a word spoken of; " + t.describe());
        }
    }

    @Test
    void aKnownNameOrATitledNameBetweenQuoteMarksIsStillTagged() {
        Tagged t = new Tagged("She wrote 'China' on the board. Her guest, \"Dr. Ada Kerr\", arrived late.", null);
        t.assertMention("China", 0, LOCATION, "location:china");
        t.assertMention("Dr. Ada Kerr", 0, PERSON, null);
    }

    @Test
    void aGuessedPersonWithANumberIsNoPerson() {
        Tagged t = new Tagged("Under Clause 14 the tenant pays rent. Clause 14's wording is old.", null);
        assertFalse(t.tagged("Clause 14", 0), t.describe());
        assertFalse(t.tagged("Clause 14", 1), t.describe());
    }

    @Test
    void aGuessedPersonEndingWithAKnownPlaceIsNoPerson() {
        Tagged t = new Tagged("The ministry launched Smart Kenya last year. Smart Kenya's budget grew, and Biomed Kenya's did too.", null);
        assertFalse(t.tagged("Smart Kenya", 1), t.describe());
        assertFalse(t.tagged("Biomed Kenya", 0), t.describe());
    }

    @Test
    void aGivenNameBeforeAPlaceNameStillMakesAPerson() {
        Tagged t = new Tagged("Paul Kenya was there too, and Paul Kenya's brother came with him.", null);
        t.assertMention("Paul Kenya", 0, PERSON, null);
    }

    @Test
    void aNameOfAnEventIsNoName() {
        Tagged t = new Tagged("Crowds came to Lantern Festival, and Lantern Festival's music was loud. "
                + "Varna Olympic Games's opening was grand.", null);
        assertFalse(t.tagged("Lantern Festival", 0), t.describe());
        assertFalse(t.tagged("Lantern Festival", 1), t.describe());
        assertFalse(t.tagged("Varna Olympic Games", 0), t.describe());
    }

    @Test
    void aCompanyNamedGamesIsStillTagged() {
        Tagged t = new Tagged("Brightfall Games hired forty people, and Brightfall Games's founder said so.", null);
        t.assertMention("Brightfall Games", 0, ORGANIZATION, "organization:brightfall-games");
        Tagged u = new Tagged("Wei Pan leads the lab. Pan said the results were strong.", null);
        u.assertMention("Pan", 1, PERSON, "person:wei-pan");
    }

    @Test
    void aTitledPersonWithAnEventWordAsSurnameIsStillAPerson() {
        Tagged t = new Tagged("Mr. Ollie Games spoke first. Later Games said no.", null);
        t.assertMention("Mr. Ollie Games", 0, PERSON, null);
    }

    @Test
    void anAbbreviationAloneIsNoName() {
        Tagged t = new Tagged("The suit names Harlow Widget Corporation, Inc. and Tomas Vell, Jr. as parties. Meet us on 52 St. at noon.", null);
        assertFalse(t.tagged("Inc.", 0), t.describe());
        assertFalse(t.tagged("Jr.", 0), t.describe());
        assertFalse(t.tagged("St.", 0), t.describe());
        t.assertMention("Harlow Widget Corporation", 0, ORGANIZATION, null);
    }

    @Test
    void aFieldOfStudyOrADoctrineIsNoPlace() {
        Tagged t = new Tagged("She holds a degree in Psychology from Orvale and later converted to Catholicism. "
                + "She joined the Department of Linguistics at Orvale.", null);
        assertFalse(t.tagged("Psychology", 0), t.describe());
        assertFalse(t.tagged("Catholicism", 0), t.describe());
        t.assertMention("Department of Linguistics", 0, ORGANIZATION, "organization:department-of-linguistics");
    }

    @Test
    void aNameBeforeANounOfLanguagesOrPeoplesIsNoPlace() {
        Tagged t = new Tagged("Mara Quist lived in Tarrow for years. The Tarrow language has three dialects, "
                + "and the Olvek people taught her. She lived in Olvek too.", null);
        t.assertMention("Tarrow", 0, LOCATION, "location:tarrow");
        assertFalse(t.tagged("Tarrow", 1), t.describe());
        assertFalse(t.tagged("Olvek", 0), t.describe());
        t.assertMention("Olvek", 1, LOCATION, "location:olvek");
    }

    @Test
    void twoWordsForPeoplesJoinedByAHyphenAreNoName() {
        Tagged t = new Tagged("Her aide married the German-Russian Colonel Ivo Strand.", null);
        assertFalse(t.tagged("German-Russian", 0), t.describe());
        t.assertMention("Colonel Ivo Strand", 0, PERSON, "person:ivo-strand");
    }

    @Test
    void myLordsIsAnAddressNotTheHouseOfLords() {
        Tagged t = new Tagged("My Lords, the Act is clear. The House of Lords heard the appeal, and my Lords will know the answer.", null);
        assertFalse(t.tagged("Lords", 0), t.describe());
        assertFalse(t.tagged("Lords", 2), t.describe());
        t.assertMention("House of Lords", 0, ORGANIZATION, "organization:house-of-lords");
    }
}
