package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** {@link TitlesOfOtherCountries}, on texts written for these tests. */
class TitlesOfOtherCountriesTest {

    @Test
    void aTitleOfAnotherCountryJoinsNoHolder() {
        Tagged t = new Tagged("Mexican President Tomas Quorvath arrived on Monday. Later, Russia's President would speak.", null);
        t.assertMention("President Tomas Quorvath", 0, PERSON, "person:tomas-quorvath");
        assertNotEquals("person:tomas-quorvath", t.mention("President", 1).entityId);
    }

    @Test
    void aTitleOfTheSameCountryJoinsItsHolder() {
        Tagged t = new Tagged("Mexican President Tomas Quorvath arrived on Monday. Later, Mexico's President would speak.", null);
        t.assertMention("President", 1, PERSON, "person:tomas-quorvath");
    }

    @Test
    void aHeadlineTitleOfAnotherCountryJoinsNoHolder() {
        Tagged t = new Tagged("Quorvath Sworn In as Zimbabwe Prime Minister\n\nErik Quorvath took office on Monday."
                + " Australian Prime Minister Ann Tallmer sent a letter.", null);
        assertNotEquals("person:ann-tallmer", t.mention("Prime Minister", 0).entityId);
    }
}
