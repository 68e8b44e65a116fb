package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules that find and type mentions from the words in and around them (texts written for these tests). */
class MentionFindingTest {

    @Test
    void aTitleCaseHeadingOfCommonWordsNamesNothing() {
        Tagged t = new Tagged("How to Grow Rosemary\n\nMethod 1 of 3: Starting Seeds Caring for Rosemary Harvesting and Drying\n\n"
                + "Rosemary needs sun. Starting from seeds is slow; caring for the rosemary and drying it are easy.\n", null);
        assertFalse(t.tagged("Rosemary Harvesting", 0), t.describe());
        assertFalse(t.tagged("Rosemary", 0), t.describe());
        assertFalse(t.tagged("Rosemary", 2), t.describe());
    }

    @Test
    void aLineOfNamesIsNoTitleCaseHeading() {
        Tagged t = new Tagged("Anna Osterholm and Peter Vandermaar\n\nWe studied the tides for a year.\n", null);
        assertEquals(PERSON, t.mention("Anna Osterholm").type, t.describe());
    }

    @Test
    void contractionsOpeningASentenceAreNoNames() {
        Tagged t = new Tagged("Face the wall. Don't say anything. Can’t you say something? They're said to be late.", null);
        for (String word : new String[] {"Don't", "Can’t", "They're"}) {
            assertFalse(t.tagged(word, 0), word + ": " + t.describe());
        }
    }

    @Test
    void anImperativeOpeningASentenceBeforeItsObjectIsNoName() {
        Tagged t = new Tagged("Combine 50 grams of salt with water. Combine the two mixtures. Stir it gently.", null);
        for (String word : new String[] {"Combine", "Stir"}) {
            assertFalse(t.tagged(word, 0), word + ": " + t.describe());
        }
    }

    @Test
    void anAdverbOpeningASentenceBeforeACommaIsNoName() {
        Tagged t = new Tagged("The council met.\n\nRelatedly, Marrow Street and Fenwick Road were closed. Traditionally, Elm Lane stays open.", null);
        assertFalse(t.tagged("Relatedly", 0), t.describe());
        assertFalse(t.tagged("Traditionally", 0), t.describe());
        assertEquals(LOCATION, t.mention("Marrow Street").type, t.describe());
    }

    @Test
    void aNameAfterACompassWordAndOfIsAPlace() {
        Tagged t = new Tagged("The ferry leaves from a pier just north of Quellport and returns at dusk.", null);
        assertEquals(LOCATION, t.mention("Quellport").type, t.describe());
    }

    @Test
    void aNameBeforeACommaAndAPlaceNounIsAPlace() {
        Tagged t = new Tagged("Dravenholm, a small town on the coast, was quiet when we arrived.", null);
        assertEquals(LOCATION, t.mention("Dravenholm").type, t.describe());
    }

    @Test
    void aNameBeforeACommaAndAClauseIsNoPlace() {
        Tagged t = new Tagged("After the fall of the Korveni, a city rose in the valley.", null);
        assertFalse(t.tagged("Korveni", 0) && t.mention("Korveni").type == LOCATION, t.describe());
    }

    @Test
    void landmarkWordsEndPlaceNames() {
        Tagged t = new Tagged("We walked the Elbersee Trail past the Ostwick Monument to the Harrowgate Pier.", null);
        for (String place : new String[] {"Elbersee Trail", "Ostwick Monument", "Harrowgate Pier"}) {
            assertEquals(LOCATION, t.mention(place).type, place + ": " + t.describe());
        }
    }

    @Test
    void citedAuthorsArePersons() {
        Tagged t = new Tagged("Earlier work on tidal pools (Quarvik, 2011; Ostrander, Pellwood, & Yarrow, 2015) "
                + "and the survey by Dunmere et al. disagree; see also Harlan and Teague (2019).", null);
        for (String author : new String[] {"Quarvik", "Ostrander", "Pellwood", "Yarrow", "Dunmere", "Harlan", "Teague"}) {
            assertEquals(PERSON, t.mention(author).type, author);
        }
    }

    @Test
    void authorsRightBeforeAYearAreCitedAuthors() {
        Tagged t = new Tagged("Replications grew (see for instance Morvath 2014; Quillan & Esterby 2011) and later "
                + "studies such as Tarrant and Okonedo 2017 followed.", null);
        for (String author : new String[] {"Morvath", "Quillan", "Esterby", "Tarrant", "Okonedo"}) {
            assertEquals(PERSON, t.mention(author).type, author + ": " + t.describe());
        }
    }

    @Test
    void aNameBeforeAndColleaguesIsACitedAuthor() {
        Tagged t = new Tagged("One earlier study by Wendrick and colleagues found no effect.", null);
        assertEquals(PERSON, t.mention("Wendrick").type, t.describe());
    }

    @Test
    void placesBeforeANumberedReferenceAreNoCitedAuthors() {
        Tagged t = new Tagged("Her mother came from Dunmarrow, Kelsby [3] and moved south.", null);
        for (String author : new String[] {"Dunmarrow", "Kelsby"}) {
            assertFalse(t.tagged(author, 0) && t.mention(author).type == PERSON, author + ": " + t.describe());
        }
    }

    @Test
    void aNameBeforeAYearInRunningTextIsNoCitedAuthor() {
        Tagged t = new Tagged("The team trained hard for Velmarra 2024 and then rested.", null);
        assertFalse(t.tagged("Velmarra", 0) && t.mention("Velmarra").type == PERSON, t.describe());
    }

    @Test
    void aTitleBeforeAYearInParenthesesIsNoCitedAuthor() {
        Tagged t = new Tagged("She starred in the comedy Gravel Summer (2014) before moving abroad.", null);
        assertFalse(t.tagged("Gravel Summer", 0), t.describe());
    }

    @Test
    void aPlaceBeforeAYearIsNoCitedAuthor() {
        Tagged t = new Tagged("The congress met in Velmora, 1998, and again later.", null);
        assertFalse(t.tagged("Velmora", 0) && t.mention("Velmora").type == PERSON, t.describe());
    }

    @Test
    void partiesToACourtCaseArePersons() {
        Tagged t = new Tagged("The holding in Brannock v. Stilwell was narrowed in Ferrow versus Oakhill later.", null);
        for (String party : new String[] {"Brannock", "Stilwell", "Ferrow", "Oakhill"}) {
            assertEquals(PERSON, t.mention(party).type, party);
        }
    }

    @Test
    void namesInTheSalutationAndSignatureOfALetterArePersons() {
        Tagged t = new Tagged("Dear Marit,\nThe orchard is in bloom and the roof is mended.\nLove always,\nTovah\n", null);
        assertEquals(PERSON, t.mention("Marit").type, t.describe());
        assertEquals(PERSON, t.mention("Tovah").type, t.describe());
    }

    @Test
    void aWordAloneOnALineWithoutAClosingBeforeIsNoSignature() {
        Tagged t = new Tagged("The orchard is in bloom.\nOrchards\nApples grow here.\n", null);
        assertFalse(t.tagged("Orchards", 0), t.describe());
    }

    @Test
    void pluralReligiousAndPoliticalGroupsArePersons() {
        Tagged t = new Tagged("The town hall drew Muslims, Sikhs and Jews, and more Republicans than Democrats came.", null);
        for (String group : new String[] {"Muslims", "Sikhs", "Jews", "Republicans", "Democrats"}) {
            assertEquals(PERSON, t.mention(group).type, group);
        }
    }

    @Test
    void godIsAPersonButNotInAnExclamation() {
        Tagged t = new Tagged("The monks prayed to God at dawn. Oh my God, the bell is loud! God, I am tired.", null);
        assertEquals(PERSON, t.mention("God", 0).type);
        assertFalse(t.tagged("God", 1), t.describe());
        assertFalse(t.tagged("God", 2), t.describe());
    }

    @Test
    void godAfterAnAgentsByIsAPersonButForGodsSakeIsAnExclamation() {
        Tagged t = new Tagged("The old tale says the ship was steered by God through the storm. Stop it, for God's sake, and sit down.", null);
        assertEquals(PERSON, t.mention("God", 0).type);
        assertFalse(t.tagged("God", 1), t.describe());
        Tagged oath = new Tagged("By God, we will finish the wall by Friday.", null);
        assertFalse(oath.tagged("God", 0), oath.describe());
    }

    @Test
    void kinshipWordsAreNotNames() {
        Tagged t = new Tagged("This parcel is for Dad and that one is from Mom.", null);
        assertFalse(t.tagged("Dad", 0), t.describe());
        assertFalse(t.tagged("Mom", 0), t.describe());
    }

    @Test
    void anAdjectiveThatNamesNoEntityBeforeAnOrganisationWordIsPartOfTheOrganisation() {
        Tagged t = new Tagged("Only members of the Communist Party could vote there.", null);
        assertEquals(ORGANIZATION, t.mention("Communist Party").type, t.describe());
    }

    @Test
    void aGivenNameThatIsAlsoAReligionStartsAName() {
        Tagged t = new Tagged("The pamphlet was signed by Christian Falkenrath in the spring.", null);
        assertEquals(PERSON, t.mention("Christian Falkenrath").type, t.describe());
    }

    @Test
    void willBeforeASurnameIsAGivenName() {
        Tagged t = new Tagged("The relay was won by the captain, Will Ashgrove, on Sunday. Will you come?", null);
        assertEquals(PERSON, t.mention("Will Ashgrove").type, t.describe());
        assertFalse(t.tagged("Will", 1), t.describe());
    }

    @Test
    void hyphenatedGivenNames() {
        Tagged t = new Tagged("The lecture was given by Jean-Michel Abrecourt and his student.", null);
        assertEquals(PERSON, t.mention("Jean-Michel Abrecourt").type, t.describe());
    }

    @Test
    void aGivenNameTheTextWritesInLowerCaseDoesNotMakeAPersonOfAPhrase() {
        Tagged t = new Tagged("Grow basil in pots. Water the basil often. Pruning Basil Harvesting Tips is a guide.", null);
        assertFalse(t.tagged("Basil Harvesting", 0) && t.mention("Basil Harvesting").type == PERSON, t.describe());
    }

    @Test
    void wordsOfAnEmailAddressDoNotCountAsWrittenInLowerCase() {
        Tagged t = new Tagged("Write to Daniela Castellane (daniela.castellane@example.org) for details.", null);
        assertEquals(PERSON, t.mention("Daniela Castellane").type, t.describe());
    }

    @Test
    void citedAuthorsNeedAYearOrEtAl() {
        assertFalse(cited("Quarvik, Ostrander and Yarrow went home."));
        assertTrue(cited("Quarvik, Ostrander and Yarrow (2004) found it."));
        assertTrue(cited("Quarvik et al. found it."));
        assertFalse(cited("Quarvik (2004) is a film."));
        assertTrue(CitedAuthors.isYear(new Token(0, 5, "2014a", Token.Shape.NUMBER, false)));
        assertFalse(CitedAuthors.isYear(new Token(0, 4, "1066", Token.Shape.NUMBER, false)));
    }

    /** @return whether the first word of the text is a cited author */
    private static boolean cited(String text) {
        List<Token> tokens = new Tokenizer(100).tokenize(text, text.length());
        return new CitedAuthors(tokens).isCited(0, 1);
    }
}
