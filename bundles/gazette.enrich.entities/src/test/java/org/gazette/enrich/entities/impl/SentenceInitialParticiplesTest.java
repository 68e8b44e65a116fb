package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link SentenceInitialParticiples}: "Visiting Russia in May" opens with a verb, not a name. */
class SentenceInitialParticiplesTest {

    @Test
    void aParticipleOpeningASentenceIsNoPartOfTheName() {
        Tagged t = new Tagged("Visiting Russia in March, he conducted three concerts.", null);
        assertEquals("location:russia", t.mention("Russia").entityId, t.describe());
    }

    @Test
    void aSurnameInIngStartsTheName() {
        Tagged t = new Tagged("Peyton Manning said so. Manning Brown agreed later.", null);
        assertEquals(PERSON, t.mention("Peyton Manning").type, t.describe());
        assertEquals(LOCATION, new Tagged("Beijing Capital Airport was closed.", null).tagging.mentions().get(0).type);
    }
}
