package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link MessagesToPeople}: "a quote from Orvel", "attributed to Tamsin" are persons; "drove to Tarnby" a place. */
class MessagesToPeopleTest {

    @Test
    void aNameAfterAWordOfMessagesAndToOrFromIsAPerson() {
        Tagged t = new Tagged("The line is attributed to Tamsvik in most books. Jerome used a quote from Orvelian.", null);
        assertEquals(PERSON, t.mention("Tamsvik").type);
        assertEquals(PERSON, t.mention("Orvelian").type);
    }

    @Test
    void aNameAfterAWordOfMotionAndToIsStillAPlace() {
        Tagged t = new Tagged("Next morning we drove to Tarnbyvik with the children.", null);
        assertEquals(LOCATION, t.mention("Tarnbyvik").type);
    }
}
