package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link BattlePlaces}: the name after "the Battle of", "the siege of" is a place. */
class BattlePlacesTest {

    @Test
    void theNameAfterABattleOrSiegeIsAPlace() {
        Tagged t = new Tagged("He was wounded at the Siege of Savannah in 1779 and fought in the battle of Tarnvik.", null);
        assertEquals(LOCATION, t.mention("Savannah").type, t.describe());
        assertEquals(LOCATION, t.mention("Tarnvik").type, t.describe());
    }

    @Test
    void aTitleWithBattlesIsNoPlace() {
        Tagged t = new Tagged("She starred in Epic Word Battles of Quorra last year.", null);
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.type == LOCATION && m.text.equals("Quorra")), t.describe());
    }
}
