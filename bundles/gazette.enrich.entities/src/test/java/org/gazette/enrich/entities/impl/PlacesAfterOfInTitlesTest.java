package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PlacesAfterOfInTitles}: the place after "of" in a university's name or a title of nobility. */
class PlacesAfterOfInTitlesTest {

    @Test
    void thePlaceOfAUniversityIsNested() {
        Tagged t = new Tagged("She taught at the University of Quorra before she moved to Tarnvik.", null);
        assertTrue(t.has(LOCATION, "Quorra"), t.describe());
    }

    @Test
    void thePlaceOfATitleIsNested() {
        Tagged t = new Tagged("In 1802 John Orrow was created Earl of Quarrow, and his son Count of the Tervan Empire.", null);
        assertTrue(t.has(LOCATION, "Quarrow"), t.describe());
        assertEquals("location:tervan-empire", t.tagging.mentions().stream()
                .filter(m -> m.type == LOCATION && m.text.equals("Tervan Empire")).findFirst().orElseThrow().entityId);
    }

    @Test
    void commonWordsAfterOfAreNoPlace() {
        Tagged t = new Tagged("He studied at the University of Technology and at the University of the Arts.", null);
        assertFalse(t.has(LOCATION, "Technology"), t.describe());
        assertFalse(t.has(LOCATION, "Arts"), t.describe());
    }
}
