package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link LanguageNames}: a name the text calls a language is no person or place. */
class LanguageNamesTest {

    @Test
    void aNameDescribedAsALanguageIsNoNameAnywhere() {
        Tagged t = new Tagged("We study the grammar of Velmarri in this paper. Velmarri is an endangered language of the coast. "
                + "Texts written in Velmarri are rare, and the town of Tarbo lies near the Velmarri speaking area.", null);
        assertFalse(t.tagged("Velmarri", 0));
        assertFalse(t.tagged("Velmarri", 2));
        assertEquals(LOCATION, t.mention("Tarbo").type);
        Tagged spoken = new Tagged("Speakers of Quorrish said Quorrish was hard. The Quorrish spoken in Tarbo differs.", null);
        assertFalse(spoken.tagged("Quorrish", 0));
        assertFalse(spoken.tagged("Quorrish", 1));
    }

    @Test
    void aPeopleBeforeLanguageAndKnownPlacesStay() {
        Tagged t = new Tagged("The Moriori language is rarely heard. Spain is a country where Spanish is the main language.", null);
        assertEquals(LOCATION, t.mention("Spain").type);
        Tagged people = new Tagged("Ann Lee, a linguist, said Tom Orr was a speaker of the language.", null);
        assertEquals(PERSON, people.mention("Ann Lee").type);
    }
}
