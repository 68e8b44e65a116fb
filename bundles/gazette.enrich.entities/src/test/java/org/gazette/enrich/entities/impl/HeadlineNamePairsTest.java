package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link HeadlineNamePairs}, on a text written for this test. */
class HeadlineNamePairsTest {

    @Test
    void aHeadlineVerbBetweenTwoFamilyNamesSplitsTheRun() {
        Tagged t = new Tagged("Quorvath Greets Tallmer in Tarnby\n\nPresident Anna Quorvath met Chancellor Erik Tallmer"
                + " in Tarnby on Monday. Quorvath said the talks went well. Tallmer agreed.", null);
        t.assertMention("Quorvath", 0, PERSON, "person:anna-quorvath");
        t.assertMention("Tallmer", 0, PERSON, "person:erik-tallmer");
        t.assertMention("Quorvath", 2, PERSON, "person:anna-quorvath");
        t.assertMention("Tallmer", 2, PERSON, "person:erik-tallmer");
    }
}
