package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link LeadingPlaceAbbreviations}, on a text written for this test. */
class LeadingPlaceAbbreviationsTest {

    @Test
    void anAbbreviatedPlaceWordOpeningANameIsTheWordWrittenOut() {
        Tagged t = new Tagged("Climbers left Mount Quarrow at dawn. Mt. Quarrow is closed in winter. The road to"
                + " Ft. Tarnby is long; Fort Tarnby has a school.", null);
        t.assertMention("Mt. Quarrow", 0, LOCATION, "location:mount-quarrow");
        t.assertMention("Ft. Tarnby", 0, LOCATION, "location:fort-tarnby");
    }

    @Test
    void aLastStIsAStreet() {
        assertEquals("main street", Names.placeKey("Main St."));
        assertEquals("saint quarrow", Names.placeKey("St. Quarrow"));
    }
}
