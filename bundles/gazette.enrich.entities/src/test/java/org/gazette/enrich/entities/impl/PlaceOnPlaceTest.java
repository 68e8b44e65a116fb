package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link PlaceOnPlace}: an unknown word after a place and "on" is the island it is on. */
class PlaceOnPlaceTest {

    @Test
    void anUnknownWordAfterAPlaceAndOnIsAPlace() {
        Tagged t = new Tagged("The ferry sails from Boston to Tarby and then to Hamburg on Velloe twice a day.", null);
        assertEquals(LOCATION, t.mention("Velloe", 0).type);
    }

    @Test
    void aDayOrACapitalisedRunAfterOnIsNoPlace() {
        Tagged t = new Tagged("He landed in Boston on Monday. She spoke in Boston on Velloe Radio.", null);
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.type == LOCATION && m.text.equals("Monday")));
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.type == LOCATION && m.text.equals("Velloe")));
    }
}
