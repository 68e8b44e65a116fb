package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * Persons found after resolution by {@link PeopleByAdjective}, {@link CuedLoneNames},
 * {@link InitialledNames}, and by the given names added to the list,
 * on texts written for these tests.
 */
class PersonRecallRulesTest {

    @Test
    void aNationalityAdjectiveWithoutANounAfterTheIsAPeople() {
        Tagged t = new Tagged("In the spring the Dutch sailed up the river. Later the Dutch were driven back, "
                + "and the English took the fort.", null);
        t.assertMention("Dutch", 0, PERSON, "person:dutch");
        t.assertMention("Dutch", 1, PERSON, "person:dutch");
        t.assertMention("English", 0, PERSON, "person:english");
    }

    @Test
    void aNationalityAdjectiveBeforeItsNounIsNone() {
        Tagged t = new Tagged("She studied the French language and the Dutch \"polder\" system, then the French "
                + "and Indian War.", null);
        assertFalse(t.tagged("French", 0) || t.tagged("Dutch", 0) || t.tagged("French", 1), t.describe());
    }

    @Test
    void aGreetingAnIntroductionOrASpeechVerbMakesAWordAlonePerson() {
        Tagged t = new Tagged("Hi Zorvan! We baked bread today. Sadly, Zorvan burned the crust again. "
                + "I'm Quillary, and this is my kitchen. Brask knows every recipe here; ask Brask.", null);
        t.assertMention("Zorvan", 0, PERSON, "person:zorvan");
        t.assertMention("Zorvan", 1, PERSON, "person:zorvan");
        t.assertMention("Quillary", 0, PERSON, null);
        t.assertMention("Brask", 0, PERSON, "person:brask");
        t.assertMention("Brask", 1, PERSON, "person:brask");
    }

    @Test
    void aVocativeOrAnObjectOfTellingIsAPerson() {
        Tagged t = new Tagged("“It’s fine, Marrow,” she said. So what about you, Tennick? Please tell Osgar to call.", null);
        t.assertMention("Marrow", 0, PERSON, null);
        t.assertMention("Tennick", 0, PERSON, null);
        t.assertMention("Osgar", 0, PERSON, null);
    }

    @Test
    void aCuedWordAloneJoinsThePersonWithThatSurname() {
        Tagged t = new Tagged("Ilse Varrick studied the dams for years. Later Varrick argued that they would hold.", null);
        assertEquals(t.mention("Ilse Varrick").entityId, t.mention("Varrick", 1).entityId, t.describe());
    }

    @Test
    void aWordAlsoWrittenInLowerCaseOrACommonWordNeedsMoreThanACue() {
        Tagged t = new Tagged("Hi Basil! I planted basil today. Hello Everyone!", null);
        assertFalse(t.tagged("Basil", 0), t.describe());
        assertFalse(t.tagged("Everyone", 0), t.describe());
    }

    @Test
    void initialsBeforeASurnameMakeAPerson() {
        Tagged t = new Tagged("Compact lamps\n\nN S Tovrand and R T Pelko\n\nThe design follows O.J. Marvik closely.", null);
        t.assertMention("N S Tovrand", 0, PERSON, null);
        t.assertMention("R T Pelko", 0, PERSON, null);
        t.assertMention("O.J. Marvik", 0, PERSON, null);
    }

    @Test
    void acronymsACompassLetterOrAPostscriptAreNotInitials() {
        Tagged t = new Tagged("The UV Radiation test ran on S Buckeye today. P.S. Slacks are on the way. I got a C. I'm upset.", null);
        for (Mention m : t.tagging.mentions()) {
            assertFalse(m.type == PERSON, t.describe());
        }
    }

    @Test
    void addedGivenNamesStartAPerson() {
        Tagged t = new Tagged("The award went to Marsha Tellbrook and Xander Quillet, who thanked Arash Veddani.", null);
        t.assertMention("Marsha Tellbrook", 0, PERSON, "person:marsha-tellbrook");
        t.assertMention("Xander Quillet", 0, PERSON, "person:xander-quillet");
        t.assertMention("Arash Veddani", 0, PERSON, "person:arash-veddani");
    }
}
