package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** An organisation before a plural group of people names the group's members in it; texts written for this test. */
class MembersOfOrganisationsInPluralTest {

    @Test
    void anOrganisationBeforeAPluralGroupNamesItsMembers() {
        Tagged t = new Tagged("Senate Republicans blocked the bill on Tuesday. Republicans elsewhere cheered.", null);
        t.assertMention("Senate Republicans", 0, PERSON, "person:senate-republicans");
        t.assertMention("Republicans", 1, PERSON, "person:republicans");
        assertFalse(t.describe().contains("ORGANIZATION[Senate]"), t.describe());
    }
}
