package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** In a text about sport, a place that plays is the team named after it, on texts written for these tests. */
class PlaceAsItsTeamTest {

    private static final String GAME = "The Chicago Bulls beat Quarrow in Chicago on Friday. Chicago led by 10 at halftime. "
            + "The coach said the season was long, and the league will decide the championship in May.";

    @Test
    void aPlaceBeforeAResultIsTheTeam() {
        Tagged t = new Tagged(GAME, null);
        assertEquals(ORGANIZATION, t.mention("Chicago", 2).type, t.describe());
        assertEquals(t.mention("Chicago Bulls").entityId, t.mention("Chicago", 2).entityId, t.describe());
    }

    @Test
    void aPlaceAfterInStaysThePlace() {
        Tagged t = new Tagged(GAME, null);
        assertEquals(LOCATION, t.mention("Chicago", 1).type, t.describe());
    }

    @Test
    void withoutSportThePlaceStaysAPlace() {
        Tagged t = new Tagged("The Chicago Tribune reported the vote. Chicago led the state in new jobs in 2023.", null);
        assertEquals(LOCATION, t.mention("Chicago", 1).type, t.describe());
    }
}
