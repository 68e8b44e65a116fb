package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A compass word alone names the one place named with it and one more word, on texts written for these tests. */
class CompassWordAloneTest {

    @Test
    void theNorthAfterNorthKoreaIsNorthKorea() {
        Tagged t = new Tagged("North Korea fired a missile on Monday. South Korea said it was on alert. "
                + "The North fired two more on Tuesday.", null);
        assertEquals("location:north-korea", t.mention("North", 1).entityId, t.describe());
    }

    @Test
    void northBeforeAndSouthAmericaIsNorthAmerica() {
        Tagged t = new Tagged("Settlers spread across North and South America. North America was rich in game.", null);
        assertEquals("location:north-america", t.mention("North").entityId, t.describe());
    }

    @Test
    void theSouthIsNoStateNamedWithIt() {
        Tagged t = new Tagged("The South voted early. South Carolina held its primary in February.", null);
        assertNotEquals(t.mention("South Carolina").entityId, t.mention("South").entityId, t.describe());
    }
}
