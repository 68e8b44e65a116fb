package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link NumberedStreets}: an ordinal number and a street word make a street. */
class NumberedStreetsTest {

    @Test
    void anOrdinalBeforeAStreetWordIsAStreet() {
        Tagged t = new Tagged("The bakery moved to 14th Street, near the corner of W 52nd Ave and East 3rd Boulevard.", null);
        assertEquals(LOCATION, t.mention("14th Street").type);
        assertEquals(LOCATION, t.mention("W 52nd Ave").type);
        assertEquals(LOCATION, t.mention("East 3rd Boulevard").type);
    }

    @Test
    void aRankIsNoStreet() {
        Tagged t = new Tagged("She finished 5th Place in the final and came 2nd overall.", null);
        assertFalse(t.tagged("5th", 0));
    }
}
