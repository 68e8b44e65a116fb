package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Rules for places: {@link StatesAfterPlaces}, {@link PlacesInPlaceNames}, the place nouns of
 * {@code location-words.txt}, the surrounding nouns of {@link PlaceNouns}, and a name the text
 * makes a place that is no person ({@link Resolver}).
 */
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

    @Test
    void aPlaceInsideTheNameOfAnotherPlaceIsNested() {
        Tagged t = new Tagged("Boats crossed the Gulf of Mexico. Planes land at Quillon International Airport. Quillon is "
                + "a town in the north. The George Washington Bridge is long, and Washington, D.C. is far.", null);
        t.assertMention("Gulf of Mexico", 0, LOCATION, "location:gulf-of-mexico");
        t.assertMention("Mexico", 0, LOCATION, "location:mexico");
        t.assertMention("Quillon International Airport", 0, LOCATION, null);
        t.assertMention("Quillon", 0, LOCATION, "location:quillon"); // a place the text names alone
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals("Washington") && m.start < t.text.indexOf("Bridge")),
                t.describe()); // named after a person
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals("D.C.")), t.describe()); // the same place
    }

    @Test
    void aNameTheTextMakesAPlaceIsNoPerson() {
        Tagged t = new Tagged("Velmora is a town in the hills. Progressive Velmora had trams. Later Velmora slowed down.", null);
        t.assertMention("Velmora", 0, LOCATION, "location:velmora");
        t.assertMention("Velmora", 2, LOCATION, "location:velmora");
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.type == PERSON), t.describe());
    }

    @Test
    void aNameAfterTheHillsOrTheDesertOfIsAPlace() {
        Tagged t = new Tagged("They roamed the hills of Tinzavet and the desert of Oralun.", null);
        t.assertMention("Tinzavet", 0, LOCATION, null);
        t.assertMention("Oralun", 0, LOCATION, null);
    }
}
