package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Head words of organisations before "of", "Regulator" and foreign head words; texts written for these tests. */
class OrganisationWordsBeforeOfTest {

    @Test
    void anUnknownWordBeforeAnOrganisationHeadAndOfIsAnOrganisation() {
        Tagged t = new Tagged("The Quorra Chamber of Commerce backed the plan on Tuesday.", null);
        t.assertMention("Quorra Chamber of Commerce", 0, ORGANIZATION, null);
    }

    @Test
    void aRegulatorNamedWithCapitalsIsAnOrganisation() {
        Tagged t = new Tagged("Kellan Oil shares fell after the Velmoran Securities Regulator opened an inquiry.", null);
        t.assertMention("Velmoran Securities Regulator", 0, ORGANIZATION, null);
    }

    @Test
    void aChamberAfterADeterminerIsNoOrganisation() {
        Tagged t = new Tagged("Three new senators were sworn in to this Chamber today.", null);
        assertFalse(t.tagged("Chamber", 0), t.describe());
    }

    @Test
    void anAcademyOrLaboratoryNamedInItsOwnLanguageIsAnOrganisation() {
        Tagged t = new Tagged("She worked at the Academia Quorrana and later at the Laboratoire Tarnel near the coast.", null);
        t.assertMention("Academia Quorrana", 0, ORGANIZATION, null);
        t.assertMention("Laboratoire Tarnel", 0, ORGANIZATION, null);
    }
}
