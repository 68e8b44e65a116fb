package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link FirstPersonCompanions}: a name joined by "and" to "I" or "me", on texts written for this test. */
class FirstPersonCompanionsTest {

    @Test
    void aNameJoinedToTheSpeakerIsAPerson() {
        Tagged t = new Tagged("The weather held all week. On Friday Quilmo and I walked to the harbour, and later it was "
                + "just us: Tessaly and me at the table.", null);
        t.assertMention("Quilmo", 0, PERSON, "person:quilmo");
        t.assertMention("Tessaly", 0, PERSON, "person:tessaly");
    }

    @Test
    void aNameAfterALowerCaseWordIsLeftAlone() {
        Tagged t = new Tagged("The weather held all week. We had a fine time back in Quelmarra and I hope to return.", null);
        assertFalse(t.describe().contains("PERSON[Quelmarra]"), t.describe());
    }

    @Test
    void aNameAfterTheSpeakerAndIsAPerson() {
        Tagged t = new Tagged("The weather held all week. I and Vorrel stayed behind to pack the boxes.", null);
        t.assertMention("Vorrel", 0, PERSON, "person:vorrel");
    }
}
