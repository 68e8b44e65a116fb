package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** "Mr" without a full stop is a function word, yet before a capitalised title it addresses a person. */
class AddressedTitleWithoutStopTest {

    @Test
    void mrWithoutAFullStopBeforeATitleIsAnAddressedPerson() {
        Tagged t = new Tagged("Thank you, Mr President. Later, Mr Chairman, I will yield the floor.", null);
        t.assertMention("Mr President", 0, PERSON, null);
        t.assertMention("Mr Chairman", 0, PERSON, null);
    }
}
