package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AuthorPairsBeforeReferences} and the votes its authors cast, on texts written for these tests. */
class AuthorPairsBeforeReferencesTest {

    @Test
    void twoNamesJoinedByAnAmpersandBeforeANumberedReferenceAreTwoAuthors() {
        Tagged t = new Tagged("Our design was inspired by Qarrow & Teslin [7] but the outcome differed.", null);
        t.assertMention("Qarrow", 0, PERSON, "person:qarrow");
        t.assertMention("Teslin", 0, PERSON, "person:teslin");
    }

    @Test
    void twoNamesJoinedByAnAmpersandBeforeAPossessiveStudyAreTwoAuthors() {
        Tagged t = new Tagged("In Qarrow & Teslin's study, the birds ran all day.", null);
        t.assertMention("Qarrow", 0, PERSON, "person:qarrow");
        t.assertMention("Teslin", 0, PERSON, "person:teslin");
    }

    @Test
    void aCitedAuthorIsAPersonWhereTheWordsAroundSayPlace() {
        Tagged t = new Tagged("In Qarrow & Teslin's study, the birds ran all day. A similar gait was observed in Qarrow and "
                + "Teslin's subjects [7].", null);
        t.assertMention("Qarrow", 1, PERSON, "person:qarrow");
    }

    @Test
    void aFirmWithAnAmpersandStaysOneOrganisation() {
        Tagged t = new Tagged("Procter & Gamble and Johnson & Johnson [4] reported higher sales.", null);
        assertEquals(ORGANIZATION, t.mention("Procter & Gamble").type, t.describe());
        assertEquals(ORGANIZATION, t.mention("Johnson & Johnson").type, t.describe());
    }
}
