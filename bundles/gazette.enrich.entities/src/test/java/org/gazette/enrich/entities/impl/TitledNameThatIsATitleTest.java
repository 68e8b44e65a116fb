package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link TitledNameThatIsATitle}: a given name that is also a title, after a title, on texts written for this test. */
class TitledNameThatIsATitleTest {

    @Test
    void aGivenNameThatIsATitleAfterATitleIsTheName() {
        Tagged t = new Tagged("The vote was close. Senator Dean said the bill would pass, and Congresswoman Dean agreed.", null);
        t.assertMention("Senator Dean", 0, PERSON, "person:dean");
        t.assertMention("Congresswoman Dean", 0, PERSON, "person:dean");
    }
}
