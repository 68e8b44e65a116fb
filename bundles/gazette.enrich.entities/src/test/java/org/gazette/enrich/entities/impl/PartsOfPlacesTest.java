package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A place with a lower-case word of its part before it ("northern Syria") is a place of its own; texts written for this test. */
class PartsOfPlacesTest {

    @Test
    void aCompassPartOfACountryIsAPlaceOfItsOwn() {
        Tagged t = new Tagged("Floods hit northern Kenya on Monday. Many tourists visit Kenya, and the rain moved on to "
                + "south-eastern Kenya and then to northern Kenya again.", null);
        t.assertMention("northern Kenya", 0, LOCATION, "location:northern-kenya");
        t.assertMention("northern Kenya", 1, LOCATION, "location:northern-kenya");
        t.assertMention("south-eastern Kenya", 0, LOCATION, "location:south-eastern-kenya");
        t.assertMention("Kenya", 1, LOCATION, "location:kenya");
    }

    @Test
    void anAreaWordNamesThePartByThePlacesCanonicalName() {
        Tagged t = new Tagged("The storm reached downtown Tulsa at noon. Farmers in rural U.S. towns waited. "
                + "Refugees crossed from Southern Sudan.", null);
        t.assertMention("downtown Tulsa", 0, LOCATION, "location:downtown-tulsa");
        t.assertMention("rural U.S.", 0, LOCATION, "location:rural-united-states");
        t.assertMention("Southern Sudan", 0, LOCATION, "location:southern-sudan");
    }

    @Test
    void aWordOfTimeOrQualityLeavesThePlace() {
        Tagged t = new Tagged("Life in modern Mexico is fast. Tourists love Mexico.", null);
        t.assertMention("Mexico", 0, LOCATION, "location:mexico");
        assertEquals(t.mention("Mexico", 0).entityId, t.mention("Mexico", 1).entityId, t.describe());
    }
}
