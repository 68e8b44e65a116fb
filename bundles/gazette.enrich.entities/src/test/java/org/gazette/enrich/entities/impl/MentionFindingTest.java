package org.gazette.enrich.entities.impl;

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
    void citedAuthorsArePersons() {
        Tagged t = new Tagged("Earlier work on tidal pools (Quarvik, 2011; Ostrander, Pellwood, & Yarrow, 2015) "
                + "and the survey by Dunmere et al. disagree; see also Harlan and Teague (2019).", null);
        for (String author : new String[] {"Quarvik", "Ostrander", "Pellwood", "Yarrow", "Dunmere", "Harlan", "Teague"}) {
            assertEquals(PERSON, t.mention(author).type, author);
        }
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
