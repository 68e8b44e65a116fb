package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link VenueHeadOf} and the venue words "Center", "Centre": places a visitor goes to. */
class VenueHeadOfTest {

    @Test
    void aMuseumOfSomethingIsOnePlaceWithTheCityBeforeIt() {
        Tagged t = new Tagged("We spent the morning at the Boston Museum of Quilts and the afternoon at the Museum of Tin Toys.", null);
        assertEquals(LOCATION, t.mention("Boston Museum of Quilts").type);
        assertEquals(LOCATION, t.mention("Museum of Tin Toys").type);
    }

    @Test
    void aCenterIsAPlaceButACenterForIsAnOrganisation() {
        Tagged t = new Tagged("The concert is at the Harlow Center tonight. The Center for Quiet Studies published a report.", null);
        assertEquals(LOCATION, t.mention("Harlow Center").type);
        assertEquals(ORGANIZATION, t.mention("Center for Quiet Studies").type);
    }
}
