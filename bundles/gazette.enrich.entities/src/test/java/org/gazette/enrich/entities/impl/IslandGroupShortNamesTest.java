package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;

import org.junit.jupiter.api.Test;

/** {@link IslandGroupShortNames}, on texts written for these tests. */
class IslandGroupShortNamesTest {

    @Test
    void theNameMadePluralIsTheIslands() {
        Tagged t = new Tagged("The Quarrow Islands lie east of here. Visitors to the Quarrows need a permit.", null);
        t.assertMention("Quarrows", 0, LOCATION, "location:quarrow-islands");
    }

    @Test
    void aNameInYMadePluralIsTheIslands() {
        Tagged t = new Tagged("The Tarnby Islands lie east of here. Visitors to the Tarnbies need a permit.", null);
        t.assertMention("Tarnbies", 0, LOCATION, "location:tarnby-islands");
    }
}
