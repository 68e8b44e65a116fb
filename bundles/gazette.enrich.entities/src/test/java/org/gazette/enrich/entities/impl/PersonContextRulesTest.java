package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * Persons found or refused by the words around a name: {@link AppositiveRoles}, {@link QuoteAttribution},
 * {@link AgeApposition}, {@link StormNames}, photo credits in {@link CuedLoneNames}, the line and
 * adjective limits of {@link Roles}, a possessive after a preposition of place, an office after a
 * comma and an ordinal, "interviews" before a name, the occupations of {@code titles.txt} and the
 * family names of {@code family-names-first.txt}, on texts written for these tests.
 */
class PersonContextRulesTest {

    @Test
    void aRoleHeadingAnAppositionMakesThePersonBeforeIt() {
        Tagged t = new Tagged("Tosk Varenni, the president of the council, arrived late. The band was led by Ilko Marsk, "
                + "its founder. Quorin, his brother, asked the question.", null);
        t.assertMention("Tosk Varenni", 0, PERSON, "person:tosk-varenni");
        t.assertMention("Ilko Marsk", 0, PERSON, "person:ilko-marsk");
        t.assertMention("Quorin", 0, PERSON, "person:quorin");
    }

    @Test
    void aRoleEndingTheLineHeadsTheApposition() {
        Tagged t = new Tagged("Wikinews interviews Orvan Hill, Quarrow Party presidential candidate\n\nHill spoke to us.", null);
        t.assertMention("Orvan Hill", 0, PERSON, "person:orvan-hill");
    }

    @Test
    void aRoleWithWhatItIsHeldInBeforeACommaMakesThePersonAfterIt() {
        Tagged t = new Tagged("And the head of NATO, Jaap Hoek, has explained it. Qarvel's mayor, Ansa Tirrou, agreed.", null);
        t.assertMention("Jaap Hoek", 0, PERSON, "person:jaap-hoek");
        t.assertMention("Ansa Tirrou", 0, PERSON, "person:ansa-tirrou");
    }

    @Test
    void anOfficeWithAnOrdinalAfterTheCommaIsThePersonNamedBeforeIt() {
        Tagged t = new Tagged("John Orrow, 2nd Earl of Quarrow, inherited the estate in 1790.", null);
        assertEquals("person:john-orrow", t.mention("Earl of Quarrow").entityId, t.describe());
    }

    @Test
    void aNameAfterInterviewsIsAPerson() {
        Tagged t = new Tagged("Wikinews interviews Orvan Tesk about the election.", null);
        t.assertMention("Orvan Tesk", 0, PERSON, "person:orvan-tesk");
    }

    @Test
    void anAppositionAfterAPlacePrepositionOrWithoutAHeadingRoleMakesNoPerson() {
        Tagged t = new Tagged("In Qarvel, the mayor of the town said no. Then Brask Holm, the president said, was closed.", null);
        for (Mention m : t.tagging.mentions()) {
            assertNotEquals(PERSON, m.type, t.describe());
        }
    }

    @Test
    void theSpeakerAfterAQuotationAndAnAgeBetweenCommasMakeAPerson() {
        Tagged t = new Tagged("\"We will win,\" said Ovrelli. \"No,\" added Tarrum on Monday. Kirathu, 76, was sworn in.", null);
        t.assertMention("Ovrelli", 0, PERSON, "person:ovrelli");
        t.assertMention("Tarrum", 0, PERSON, "person:tarrum");
        t.assertMention("Kirathu", 0, PERSON, "person:kirathu");
    }

    @Test
    void aStormIsNoPersonNorIsItsNameAlone() {
        Tagged t = new Tagged("Hurricane Katrina hit the coast. Katrina's winds were strong. Cyclone Tamsa weakened and "
                + "Tamsa moved inland. Katrina Holm said the town was spared.", null);
        assertFalse(t.tagged("Hurricane Katrina", 0), t.describe());
        assertFalse(t.tagged("Katrina", 1), t.describe());
        assertFalse(t.tagged("Cyclone Tamsa", 0), t.describe());
        assertFalse(t.tagged("Tamsa", 1), t.describe());
        t.assertMention("Katrina Holm", 0, PERSON, "person:katrina-holm");
    }

    @Test
    void aWordAloneAfterAPhotoCreditIsThePhotographer() {
        Tagged t = new Tagged("The candidate at a rally. Image: Quembly.\n\nA map of the county. Image: Trovask.", null);
        t.assertMention("Quembly", 0, PERSON, "person:quembly");
        t.assertMention("Trovask", 0, PERSON, "person:trovask");
    }

    @Test
    void aRoleEndingTheLineAboveIsNoTitle() {
        Tagged t = new Tagged("Wikinews interviews a presidential candidate\n\nInterview\n\nWhat are your plans?", null);
        assertFalse(t.tagged("Interview", 0), t.describe());
    }

    @Test
    void aLowerCaseRoleThatIsAnAdjectiveIsNoTitle() {
        Tagged t = new Tagged("Sources include official Quarrow State departments and the principal Velmora campus.", null);
        for (Mention m : t.tagging.mentions()) {
            assertNotEquals(PERSON, m.type, t.describe());
        }
    }

    @Test
    void aCountryStartingALongerNameInAListDoesNotMakeThePersonBeforeItAPlace() {
        Tagged t = new Tagged("She starred opposite Ovrel Tamsk, Chad Michael Ferris, and others.", null);
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals("Ovrel Tamsk") && m.type == LOCATION),
                t.describe());
    }

    @Test
    void aPossessiveAfterAPrepositionOfPlaceIsNoPlace() {
        Tagged t = new Tagged("In Marrow & Teague's study, the birds were kept indoors.", null);
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals("Marrow & Teague") && m.type == LOCATION),
                t.describe());
    }

    @Test
    void aFamilyNameWrittenFirstStartsAPerson() {
        Tagged t = new Tagged("The award went to Zhang Xiuying and Nguyen Thi Lan this year.", null);
        t.assertMention("Zhang Xiuying", 0, PERSON, "person:zhang-xiuying");
        t.assertMention("Nguyen Thi Lan", 0, PERSON, "person:nguyen-thi-lan");
    }

    @Test
    void anOccupationWrittenWithACapitalIsATitleNotPartOfTheName() {
        Tagged t = new Tagged("Biologist Mira Tolvanen tells reporters about ants. In a new paper Tolvanen and colleagues "
                + "describe the nests.", null);
        t.assertMention("Biologist Mira Tolvanen", 0, PERSON, "person:mira-tolvanen");
        assertEquals("person:mira-tolvanen", t.mention("Tolvanen", 1).entityId, t.describe());
    }
}
