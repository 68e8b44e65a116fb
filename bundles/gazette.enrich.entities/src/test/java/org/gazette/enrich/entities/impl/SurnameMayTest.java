package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.DATE;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** "May" as a family name after a given name; texts written for these tests. */
class SurnameMayTest {

    @Test
    void mayAfterAGivenNameIsAFamilyName() {
        Tagged t = new Tagged("Talks between Helen May and the union ended on Friday. Later Helen May said little.", "2024-05-16");
        t.assertMention("Helen May", 0, PERSON, "person:helen-may");
        t.assertMention("Helen May", 1, PERSON, "person:helen-may");
    }

    @Test
    void mayBeforeANumberStaysTheMonth() {
        Tagged t = new Tagged("The plant opened in May 2021 and closed in May.", "2024-05-16");
        t.assertMention("May 2021", 0, DATE, null);
    }
}
