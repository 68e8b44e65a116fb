package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PlacesBeforeEventNames}: the place that opens the name of a war, treaty or festival. */
class PlacesBeforeEventNamesTest {

    @Test
    void aPlaceOpeningAnEventNameIsTagged() {
        Tagged t = new Tagged("He opposed the Vietnam War and later praised the Paris Agreement at the London 2012 Olympics.", null);
        assertEquals("location:vietnam", t.mention("Vietnam").entityId, t.describe());
        assertEquals("location:paris", t.mention("Paris").entityId, t.describe());
        assertEquals("location:london", t.mention("London").entityId, t.describe());
    }
}
