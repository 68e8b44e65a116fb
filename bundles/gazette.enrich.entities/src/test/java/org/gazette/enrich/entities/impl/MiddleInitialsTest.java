package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link MiddleInitials}, on texts written for these tests. */
class MiddleInitialsTest {

    @Test
    void otherMiddleInitialsNameAnotherPerson() {
        Tagged t = new Tagged("Harold T. Quorvath met his father, Harold R.J. Quorvath, in Boston on Friday.", null);
        t.assertMention("Harold T. Quorvath", 0, PERSON, "person:harold-t-quorvath");
        t.assertMention("Harold R.J. Quorvath", 0, PERSON, "person:harold-rj-quorvath");
    }

    @Test
    void aMiddleNameWrittenOutStaysThePerson() {
        Tagged t = new Tagged("Harold T. Quorvath spoke first. Harold Tobias Quorvath had written the report.", null);
        t.assertMention("Harold T. Quorvath", 0, PERSON, "person:harold-tobias-quorvath");
        t.assertMention("Harold Tobias Quorvath", 0, PERSON, "person:harold-tobias-quorvath");
    }
}
