package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Rules for places: {@link StatesAfterPlaces} and the place nouns of {@code location-words.txt}. */
class PlaceRecallRulesTest {

    @Test
    void aStateAbbreviationAfterAPlaceAndACommaIsTheState() {
        Tagged t = new Tagged("She drove from Vellmoor, OK, to Ashgrove, KS, and it was OK, IN the end. Kansas is flat.", null);
        t.assertMention("OK", 0, LOCATION, "location:oklahoma");
        t.assertMention("KS", 0, LOCATION, "location:kansas");
        assertFalse(t.tagged("OK", 1), t.describe()); // no place before it
        assertFalse(t.tagged("IN", 0), t.describe());
    }

    @Test
    void streetAndSquareWordsMakePlacesAlsoAfterAGivenName() {
        Tagged t = new Tagged("We met on Clara Place near the Rue de Rivoli, then walked to the Birch Street Overpass "
                + "and Piazza Navona.", null);
        t.assertMention("Clara Place", 0, LOCATION, null);
        t.assertMention("Rue de Rivoli", 0, LOCATION, null);
        t.assertMention("Birch Street Overpass", 0, LOCATION, null);
        t.assertMention("Piazza Navona", 0, LOCATION, null);
    }
}
