package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link NumberedParts}: a numbered part of a text, law or survey is no name. */
class NumberedPartsTest {

    @Test
    void aPartNounWithANumberIsNoName() {
        Tagged t = new Tagged("Not every respondent was seen again at Wave 3, and the grants in Title IV were cut by Decree 2005-981.", null);
        assertFalse(t.tagged("Wave", 0));
        assertFalse(t.tagged("Title IV", 0));
        assertFalse(t.tagged("Decree", 0));
    }

    @Test
    void aNumberedPlaceStays() {
        Tagged t = new Tagged("Flights to Boston leave from Terminal 2 at Logan.", null);
        assertEquals(LOCATION, t.mention("Terminal 2").type);
    }
}
