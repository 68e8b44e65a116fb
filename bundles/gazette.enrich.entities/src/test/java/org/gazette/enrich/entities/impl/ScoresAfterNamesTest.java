package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/** {@link ScoresAfterNames}; texts written for these tests. */
class ScoresAfterNamesTest {

    @Test
    void aScoreAfterAnOrganisationIsNoPartOfItsName() {
        Tagged t = new Tagged("Quorra Athletic Club lost to Tarnby Rovers 102-99 on Sunday.", null);
        t.assertMention("Tarnby Rovers", 0, ORGANIZATION, "organization:tarnby-rovers");
    }
}
