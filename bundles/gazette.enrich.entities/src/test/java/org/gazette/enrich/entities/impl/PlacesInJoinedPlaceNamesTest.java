package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PlacesInJoinedPlaceNames}: the two names joined in a place's name are places too. */
class PlacesInJoinedPlaceNamesTest {

    @Test
    void bothPartsOfAJoinedPlaceNameArePlaces() {
        Tagged t = new Tagged("The team from Trinidad and Tobago arrived on Sunday.", null);
        assertEquals(LOCATION, t.mention("Trinidad and Tobago").type);
        assertEquals(LOCATION, t.mention("Trinidad").type);
        assertEquals(LOCATION, t.mention("Tobago").type);
    }
}
