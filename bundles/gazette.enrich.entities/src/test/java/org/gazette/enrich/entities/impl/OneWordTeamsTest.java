package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link SportsTeams}: a plural alone after "the" in a text about sport; texts written for these tests. */
class OneWordTeamsTest {

    @Test
    void aPluralAloneAfterTheIsATeamInATextAboutSport() {
        Tagged t = new Tagged("The Gliders beat the Vexels 3-1 on Sunday. The Gliders lead the league this season,"
                + " and their coach said the playoffs were near.", null);
        t.assertMention("Gliders", 0, ORGANIZATION, "organization:gliders");
        t.assertMention("Vexels", 0, ORGANIZATION, "organization:vexels");
    }

    @Test
    void aPluralAloneIsNoTeamOutsideSportNorBeforeOf() {
        Tagged plain = new Tagged("The Gliders beat the Vexels at chess on Sunday, and the Gliders went home.", null);
        assertFalse(plain.has(ORGANIZATION, "Vexels"), plain.describe());
        Tagged rains = new Tagged("The coach of the league side said the season was long, and the band played the"
                + " Rains of Castamere after the innings.", null);
        assertFalse(rains.has(ORGANIZATION, "Rains"), rains.describe());
    }
}
