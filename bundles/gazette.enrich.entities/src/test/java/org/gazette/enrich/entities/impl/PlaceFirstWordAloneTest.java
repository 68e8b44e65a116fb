package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A one-word place alone is the one longer place that starts with it; texts written for this test. */
class PlaceFirstWordAloneTest {

    @Test
    void aTownCalledByItsFirstWordIsTheTown() {
        Tagged t = new Tagged("We stayed in Varnico Terme for a week. The best food in Varnico is cheap.", null);
        t.assertMention("Varnico Terme", 0, LOCATION, "location:varnico-terme");
        assertEquals("location:varnico-terme", t.mention("Varnico", 1).entityId, t.describe());
    }

    @Test
    void aCastleOrARiverIsAnotherPlace() {
        Tagged t = new Tagged("We walked to Tarnby Castle in the morning. The shops in Tarnby are cheap.", null);
        assertNotEquals(t.mention("Tarnby Castle").entityId, t.mention("Tarnby", 1).entityId, t.describe());
    }
}
