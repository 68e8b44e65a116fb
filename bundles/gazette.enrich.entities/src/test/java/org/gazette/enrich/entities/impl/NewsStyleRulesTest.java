package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Rules for the way news writes: datelines, a state's abbreviation ending a line, generational
 * suffixes after a title word, occupations opening a sentence, transliterated family names, party and
 * state after a lawmaker, and one-person titles; on texts written for these tests.
 */
class NewsStyleRulesTest {

    @Test
    void aStateAbbreviationAfterInAPlaceAndACommaIsTheState() {
        Tagged t = new Tagged("She lives in Fresno, Calif.\nThe council met on Monday. He grew up in Madison, Wis., and left.", null);
        t.assertMention("Calif.", 0, LOCATION, "location:california");
        t.assertMention("Wis.", 0, LOCATION, "location:wisconsin");
    }

    @Test
    void aTitleWordBeforeJuniorIsPartOfTheName() {
        Tagged t = new Tagged("The prize went to Tomas Orlo Bishop Jr. last year. Martin Luther King Jr. is remembered.", null);
        t.assertMention("Tomas Orlo Bishop Jr.", 0, PERSON, "person:tomas-orlo-bishop-jr");
        t.assertMention("Martin Luther King Jr.", 0, PERSON, "person:martin-luther-king-jr");
    }

    @Test
    void aTitleWordAloneThatIsTheFamilyNameOfOnePersonIsThatPerson() {
        Tagged t = new Tagged("Crowds honoured Martin Luther King Jr. in the square. Later, King spoke of hope. "
                + "Dr. King was admired.", null);
        t.assertMention("King", 1, PERSON, "person:martin-luther-king-jr");
        t.assertMention("Dr. King", 0, PERSON, "person:martin-luther-king-jr");
    }

    @Test
    void aTitleWordAfterTheKeepsItsHolder() {
        Tagged t = new Tagged("King Oskar Varn opened the bridge. The King waved to Anna Kingsley.", null);
        assertEquals(t.mention("King Oskar Varn").entityId, t.mention("King", 1).entityId, t.describe());
    }

    @Test
    void anOccupationOpeningASentenceIsNotPartOfTheName() {
        Tagged t = new Tagged("Guitarist Brian May said the tour would go on. Drummer Olen Tarsk agreed. "
                + "Rapper Jaro Venn left early.", null);
        assertEquals("person:brian-may", t.mention("Guitarist Brian May").entityId, t.describe());
        assertEquals("person:olen-tarsk", t.mention("Drummer Olen Tarsk").entityId, t.describe());
        assertEquals("person:jaro-venn", t.mention("Rapper Jaro Venn").entityId, t.describe());
    }

    @Test
    void theDashOfADatelineStartsASentence() {
        Tagged t = new Tagged("TARNBROOK, Ohio — Officials said the road was closed.\n"
                + "QUELLVILLE, Pa. (AP) — Police found the car on Sunday.", null);
        assertFalse(t.tagged("Officials", 0), t.describe());
        assertFalse(t.tagged("Police", 0), t.describe());
        t.assertMention("Ohio", 0, LOCATION, "location:ohio");
    }

    @Test
    void aKnownOrganisationInCapitalsOpeningALineIsADateline() {
        Tagged t = new Tagged("UNITED NATIONS (AP) — The council met on Friday.", null);
        t.assertMention("UNITED NATIONS", 0, ORGANIZATION, "organization:united-nations");
    }

    @Test
    void anAbbreviationInCapitalsKeepsItsPeriod() {
        Tagged t = new Tagged("ST. LOUIS (AP) — A judge ruled on Monday.", null);
        t.assertMention("ST. LOUIS", 0, LOCATION, "location:st-louis");
    }

    @Test
    void aDashInsideALineOfProseStartsNoSentence() {
        assertFalse(DatelineDash.closes(new Tokenizer(64).tokenize("He said the town - small", 24), 0));
    }

    @Test
    void anotherSpellingOfOnePersonsFamilyNameIsThatPerson() {
        Tagged t = new Tagged("President Volodymyr Zelenskyy spoke on Monday. Later Zelensky said the aid was vital. "
                + "Moammar Gadhafi ruled for decades, and Gaddafi said so.", null);
        t.assertMention("Zelensky", 1, PERSON, "person:volodymyr-zelenskyy");
        t.assertMention("Gaddafi", 0, PERSON, "person:moammar-gadhafi");
    }

    @Test
    void frequentFamilyNamesAreNoSpellingsOfEachOther() {
        Tagged t = new Tagged("Anna Carlson met the board on Monday. \"No,\" said Carlsen. \"Yes,\" said Olga Tamarova. "
                + "\"Maybe,\" said Tamarowa.", null);
        t.assertMention("Tamarowa", 0, PERSON, "person:olga-tamarova");
        assertEquals(PERSON, t.mention("Carlsen").type, t.describe());
        assertNotEquals("person:anna-carlson", t.mention("Carlsen").entityId, t.describe());
    }

    @Test
    void aNameCutOffByAHyphenIsASlipNotASpelling() {
        Tagged t = new Tagged("We thank Mike Orrin, Sarah Tamarov- Tamarova, I'm sorry, Jon Bell.", null);
        t.assertMention("Sarah Tamarov", 0, PERSON, "person:sarah-tamarov");
        if (t.tagged("Tamarova", 0)) {
            assertNotEquals("person:sarah-tamarov", t.mention("Tamarova").entityId, t.describe());
        }
    }

    @Test
    void aTitleWordAfterADeterminerStaysTheTitle() {
        Tagged t = new Tagged("Martin Luther King Jr. visited London. The King received him.", null);
        if (t.tagged("King", 1)) {
            assertNotEquals("person:martin-luther-king-jr", t.mention("King", 1).entityId, t.describe());
        }
    }

    @Test
    void editDistanceCountsSwapsOfNeighboursAsOne() {
        assertEquals(1, SurnameSpellingVariants.distance("zelensky", "zelenskyy", 2));
        assertEquals(2, SurnameSpellingVariants.distance("gadhafi", "qaddafi", 2));
        assertEquals(1, SurnameSpellingVariants.distance("gadhafi", "gahdafi", 2));
        assertEquals(3, SurnameSpellingVariants.distance("gadhafi", "smith", 2), "stops above the limit");
    }

    @Test
    void aPartyAndStateAfterALawmakerIsNoPerson() {
        Tagged t = new Tagged("Sen. Ann Lee, D-Calif., said no. Rep. Tom Orr (R-Texas) and Sen. Bo Vance, I-Vt., agreed.", null);
        assertFalse(t.tagged("D-Calif", 0), t.describe());
        assertFalse(t.tagged("R-Texas", 0), t.describe());
        assertFalse(t.tagged("I-Vt", 0), t.describe());
        t.assertMention("Sen. Ann Lee", 0, PERSON, "person:ann-lee");
    }

    @Test
    void theDalaiLamaIsAPerson() {
        Tagged t = new Tagged("The Dalai Lama visited the valley on Monday.", null);
        t.assertMention("Dalai Lama", 0, PERSON, "person:dalai-lama");
    }
}
