package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** Provinces and regions inside countries ({@code provinces.txt}); texts written for these tests. */
class ProvincesTest {

    @Test
    void aProvinceAloneIsAPlace() {
        Tagged t = new Tagged("The Ontario courts ruled first, and farmers in Punjab and Bavaria protested.", null);
        t.assertMention("Ontario", 0, LOCATION, "location:ontario");
        t.assertMention("Punjab", 0, LOCATION, "location:punjab");
        t.assertMention("Bavaria", 0, LOCATION, "location:bavaria");
    }

    @Test
    void anAliasJoinsTheProvince() {
        Tagged t = new Tagged("Floods hit Orissa in June. Odisha asked for help.", null);
        t.assertMention("Orissa", 0, LOCATION, "location:odisha");
        t.assertMention("Odisha", 0, LOCATION, "location:odisha");
    }

    @Test
    void aStarredNameThatIsAGivenNameNeedsAPlaceCue() {
        Tagged t = new Tagged("Alberta Quenby said the vote was fair.", null);
        t.assertMention("Alberta Quenby", 0, PERSON, null);
    }
}
