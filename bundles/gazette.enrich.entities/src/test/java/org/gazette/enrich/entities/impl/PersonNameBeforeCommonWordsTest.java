package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A person's name ends before common words glued to it, on texts written for these tests. */
class PersonNameBeforeCommonWordsTest {

    @Test
    void commonWordsAfterAKnownNameAreNotPartOfIt() {
        Tagged t = new Tagged("Ilse Varga Budget Speech in Support of the Harbour Repair Act\n\n"
                + "Minister Ilse Varga spoke about the budget in a long speech on Monday. She asked for support.", null);
        assertEquals(t.mention("Minister Ilse Varga").entityId, t.mention("Ilse Varga", 0).entityId, t.describe());
        assertFalse(t.tagged("Budget Speech", 0), t.describe());
    }

    @Test
    void aPlaceWordAfterTheNameKeepsTheRunWhole() {
        Tagged t = new Tagged("Tom Kettle opened the museum in May. The garden of the Tom Kettle Museum is open daily.", null);
        assertEquals("Tom Kettle Museum", t.mention("Tom Kettle Museum").text, t.describe());
    }
}
