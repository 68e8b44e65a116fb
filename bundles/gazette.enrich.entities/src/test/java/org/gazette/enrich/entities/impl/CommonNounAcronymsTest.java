package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link UnlikelyNames}: an acronym made plural ("CFLs") and "DNA" are common nouns, not names. */
class CommonNounAcronymsTest {

    @Test
    void aPluralAcronymIsNoName() {
        Tagged t = new Tagged("Using CFLs will save energy. Today, CFLs are the most used bulbs in the home. "
                + "Since the CFLs are cheap, the main problem of CFLs is their colour.", null);
        for (int n = 0; n < 4; n++) {
            assertFalse(t.tagged("CFLs", n));
        }
    }

    @Test
    void dnaIsNoNameButAnAcronymOfAnOrganisationStays() {
        Tagged t = new Tagged("We learned how to do rapid DNA sequencing. The virus shares most of its DNA with another one, NASA said.", null);
        assertFalse(t.tagged("DNA", 0));
        assertFalse(t.tagged("DNA", 1));
        assertEquals(ORGANIZATION, t.mention("NASA").type);
    }
}
