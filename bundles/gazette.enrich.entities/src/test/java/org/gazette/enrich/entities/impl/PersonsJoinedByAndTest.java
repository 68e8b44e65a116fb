package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link PersonsJoinedByAnd}: an unknown word joined by "and" to a one-word person, on texts written for this test. */
class PersonsJoinedByAndTest {

    @Test
    void aWordJoinedToAPersonIsAPerson() {
        Tagged t = new Tagged("The survey was drawn up in the spring. We spoke to both Williamson and Quorvath about it.", null);
        t.assertMention("Quorvath", 0, PERSON, "person:quorvath");
    }

    @Test
    void aWordBeforeAPersonIsAPerson() {
        Tagged t = new Tagged("The survey was drawn up in the spring. It was Quorvath and Williamson who wrote the report.", null);
        t.assertMention("Quorvath", 0, PERSON, "person:quorvath");
    }

    @Test
    void aWordBesideAPlaceIsLeftAlone() {
        Tagged t = new Tagged("The survey was drawn up in the spring. We drove through Ohio and Quorvath that week.", null);
        assertFalse(t.describe().contains("PERSON[Quorvath]"), t.describe());
    }
}
