package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link VerbsAfterHowTo}: a capitalised word after "how to" is a verb, not a name. */
class VerbsAfterHowToTest {

    @Test
    void aWordAfterHowToIsNoName() {
        Tagged t = new Tagged("Her second book, How to Ditch Your Garden Gnome, sold well. Chapter 4: How to Tame the Budget When Prices Rise.", null);
        assertFalse(t.tagged("Ditch", 0));
        assertFalse(t.tagged("Tame", 0));
    }

    @Test
    void aPlaceAfterToStays() {
        Tagged t = new Tagged("She asked how they got to Lisbon and then went to Porto.", null);
        assertEquals(LOCATION, t.mention("Porto").type);
    }
}
