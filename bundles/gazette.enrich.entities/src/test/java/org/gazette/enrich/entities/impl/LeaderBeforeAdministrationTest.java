package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** A leader's name before "administration"; texts written for these tests. */
class LeaderBeforeAdministrationTest {

    @Test
    void theWordBeforeAdministrationIsAPerson() {
        Tagged t = new Tagged("Critics of the Quarrington administration said the rule was illegal. Quarrington did not reply.", null);
        t.assertMention("Quarrington", 0, PERSON, "person:quarrington");
        t.assertMention("Quarrington", 1, PERSON, "person:quarrington");
    }

    @Test
    void aCapitalAdministrationIsAnOrganisationsName() {
        Tagged t = new Tagged("The Federal Aviation Administration grounded the planes.", null);
        t.assertMention("Federal Aviation Administration", 0, ORGANIZATION, null);
    }
}
