package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PluralRoleWords}: "Diplomats said" opening a sentence names a group by its role, no person. */
class PluralRoleWordsTest {

    @Test
    void aRoleInThePluralOpeningASentenceIsNoName() {
        Tagged t = new Tagged("TARNVIK, Quarrow — Diplomats said on Monday that the talks had stalled. Senators voted late.", null);
        assertFalse(t.tagged("Diplomats", 0), t.describe());
        assertFalse(t.tagged("Senators", 0), t.describe());
    }

    @Test
    void aTeamNamedWithThePluralKeepsIt() {
        Tagged t = new Tagged("The Quarrow Senators beat the Tarnvik Hawks on Sunday. Senators coach Ann Lee was pleased.", null);
        assertTrue(t.tagged("Senators", 0), t.describe());
    }
}
