package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link PlacesJoinedByAnd}: an unknown word joined by "and" to a place. */
class PlacesJoinedByAndTest {

    @Test
    void anUnknownWordAfterAPlaceAndAndIsAPlace() {
        Tagged t = new Tagged("Ferries sail to the Varrows and Quellmoor each week.", null);
        assertEquals(LOCATION, t.mention("Quellmoor", 0).type);
    }

    @Test
    void anUnknownWordBeforeAndAPlaceIsAPlace() {
        Tagged t = new Tagged("Old maps of Quellmoor and Ellondale are rare, and Ellondale is a village.", null);
        assertEquals(LOCATION, t.mention("Quellmoor", 0).type);
    }

    @Test
    void everyUnknownWordOfACommaListWithAPlaceIsAPlace() {
        Tagged t = new Tagged("Old maps of Quellmoor, Tarnholt and Ellondale are rare, and Ellondale is a village.", null);
        assertEquals(LOCATION, t.mention("Quellmoor", 0).type);
        assertEquals(LOCATION, t.mention("Tarnholt", 0).type);
    }

    @Test
    void aLongerRunOrACommonWordIsLeftAlone() {
        Tagged t = new Tagged("He flew with Boston and Quarrowick Airways. She lives in Boston and Sunday is quiet.", null);
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals("Quarrowick")));
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals("Sunday") && m.type == LOCATION));
    }
}
