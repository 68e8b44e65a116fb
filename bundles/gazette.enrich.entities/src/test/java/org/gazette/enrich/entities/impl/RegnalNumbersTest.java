package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A Roman numeral after a monarch's name and title is part of the name, on texts written for these tests. */
class RegnalNumbersTest {

    @Test
    void numberedMonarchsAreDifferentPeople() {
        Tagged t = new Tagged("The chapel was built by King Olaf I in the winter. Later King Olaf II rebuilt it, "
                + "and the tomb of King Olaf I, his grandfather, lies inside.", null);
        String first = t.mention("King Olaf I", 0).entityId;
        assertEquals(first, t.mention("King Olaf I", 2).entityId, t.describe());
        assertNotEquals(first, t.mention("King Olaf II").entityId, t.describe());
    }

    @Test
    void aPronounAfterAnotherTitleIsNoNumeral() {
        Tagged t = new Tagged("Thank you, Speaker Ames I am grateful.", null);
        assertEquals("Speaker Ames", t.mention("Speaker Ames").text, t.describe());
    }
}
