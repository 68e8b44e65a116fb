package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PlaceNouns}: "the city-states of …", "the provinces of …", "the kingdoms of …" name places. */
class PlacesAfterPluralPlaceNounsTest {

    @Test
    void namesAfterPluralNounsOfPlacesArePlaces() {
        Tagged t = new Tagged("They founded the city-states of Ulmar and Ostrev. The provinces of Tarnvik and Quorra voted.", null);
        assertEquals(LOCATION, t.mention("Ulmar").type, t.describe());
        assertEquals(LOCATION, t.mention("Ostrev").type, t.describe());
        assertEquals(LOCATION, t.mention("Tarnvik").type, t.describe());
    }
}
