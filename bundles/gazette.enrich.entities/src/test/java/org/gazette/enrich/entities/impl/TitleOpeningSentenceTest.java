package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link TitleOpeningSentence}: a title opening a sentence before a name, on texts written for these tests. */
class TitleOpeningSentenceTest {

    @Test
    void aTitleOpeningASentenceIsPartOfTheName() {
        Tagged t = new Tagged("The hearing went on until noon. General Quorvath said the troops would stay.", null);
        t.assertMention("General Quorvath", 0, PERSON, "person:quorvath");
    }

    @Test
    void aTitleBeforeACommonWordOpensNoName() {
        Tagged t = new Tagged("The hearing went on until noon. General Motors said it would keep the plant.", null);
        t.assertMention("General Motors", 0, ORGANIZATION, null);
    }
}
