package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Rules for places: {@link StatesAfterPlaces}, {@link PlacesInPlaceNames}, {@link SaintAndArticlePlaceNames},
 * the votes of motion and place nouns in {@link ContextVotes}, the place nouns of
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
        t.assertMention("D.C.", 0, LOCATION, "location:district-of-columbia"); // DistrictInCityName: the district, nested
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

    @Test
    void aStateAbbreviationGuessedAsANameBeforeAVerbIsTheState() {
        Tagged t = new Tagged("Harlow City, MO said on Friday that the bridge would close. Officials in Tarnby, ID announced a plan.", null);
        t.assertMention("MO", 0, LOCATION, "location:missouri");
        t.assertMention("ID", 0, LOCATION, "location:idaho");
    }

    @Test
    void aSaintsNameUsedAsAPlaceIsAPlace() {
        Tagged t = new Tagged("We took the ferry to St Ursula, a small town on the coast. St Ursula has a market. "
                + "Later we stayed in Santa Maren and drove from Sainte Odile to the hills.", null);
        t.assertMention("St Ursula", 0, LOCATION, "location:st-ursula");
        t.assertMention("St Ursula", 1, LOCATION, "location:st-ursula"); // the text's other use of the name
        t.assertMention("Santa Maren", 0, LOCATION, null);
        t.assertMention("Sainte Odile", 0, LOCATION, null);
        Tagged news = new Tagged("Fighting went on near Al Tarrim and in Al Qudeyra province; Al Gore spoke in Nashville.", null);
        news.assertMention("Al Tarrim", 0, LOCATION, null);
        news.assertMention("Al Qudeyra", 0, LOCATION, null);
        news.assertMention("Al Gore", 0, PERSON, null);
        Tagged region = new Tagged("The mayor of St. Orwen resigned. She was born in St. Maren, Kelvania, and moved away.", null);
        region.assertMention("St. Orwen", 0, LOCATION, null);
        region.assertMention("St. Maren", 0, LOCATION, null);
        region.assertMention("Kelvania", 0, LOCATION, null); // a person before only by standing beside "St. Maren"
    }

    @Test
    void aSaintsNameWithoutPlaceEvidenceStaysAPerson() {
        Tagged t = new Tagged("She prayed to St Ursula every night, and St Ursula's feast falls in July.", null);
        t.assertMention("St Ursula", 0, PERSON, null);
    }

    @Test
    void aWordOfMotionBeforeToOrFromMakesAPlace() {
        Tagged t = new Tagged("We were heading to Tarnby's after lunch. The bus to Tarnby's was late.", null);
        t.assertMention("Tarnby", 0, LOCATION, null);
        Tagged letter = new Tagged("A letter to Tarnby's office came, and Tarnby's reply too.", null);
        assertFalse(letter.tagged("Tarnby", 0) && letter.mention("Tarnby").type == LOCATION, letter.describe());
    }

    @Test
    void aNounOfPlacesOrMotionBeforeARunOfSeveralWordsMakesAPlace() {
        Tagged t = new Tagged("Yachts moor off the main island of Vorna Tevani, where Neru lives. Vorna Tevani has two harbours. "
                + "The bus to Puerto Ovalde leaves at noon, and Puerto Ovalde fills up.", null);
        t.assertMention("Vorna Tevani", 0, LOCATION, null);
        t.assertMention("Vorna Tevani", 1, LOCATION, null);
        t.assertMention("Puerto Ovalde", 0, LOCATION, null);
        Tagged mayor = new Tagged("The mayor of Tarnby resigned on Friday.", null);
        mayor.assertMention("Tarnby", 0, LOCATION, null);
    }
}
