package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Regions of the gazetteer with a compass adjective, and {@link PlaceNouns}: "located", "situated" after a name. */
class PlaceRegionsAndLocatedTest {

    @Test
    void hemispheresAndCoastsArePlaces() {
        Tagged t = new Tagged("Storms crossed the Western Hemisphere and reached the Eastern Seaboard by Friday.", null);
        assertEquals(LOCATION, t.mention("Western Hemisphere").type);
        assertEquals(LOCATION, t.mention("Eastern Seaboard").type);
    }

    @Test
    void aNameThatIsLocatedSomewhereIsAPlace() {
        Tagged t = new Tagged("In those years Tavrenna was located two days north of the river. Oskarn, situated on a hill, was smaller.", null);
        assertEquals(LOCATION, t.mention("Tavrenna").type);
        assertEquals(LOCATION, t.mention("Oskarn").type);
    }

    @Test
    void anEraAbbreviationListedBeforeAPlaceIsNoPlace() {
        Tagged t = new Tagged("At its height in about 400 CE, Tavrenna was located two days north of the river.", null);
        assertEquals(LOCATION, t.mention("Tavrenna").type);
        assertFalse(t.tagged("CE", 0));
    }
}
