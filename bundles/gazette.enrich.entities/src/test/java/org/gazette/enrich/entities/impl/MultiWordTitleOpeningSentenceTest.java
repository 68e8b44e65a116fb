package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link MultiWordTitleOpeningSentence}, on texts written for these tests. */
class MultiWordTitleOpeningSentenceTest {

    @Test
    void aTitleWithOfOpeningASentenceIsNoPartOfTheName() {
        Tagged t = new Tagged("The talks ended late. Secretary of State Ann Quorvath said Quorvath would fly home."
                + " The secretary of state left on Friday.", null);
        t.assertMention("Secretary of State Ann Quorvath", 0, PERSON, "person:ann-quorvath");
        t.assertMention("Quorvath", 1, PERSON, "person:ann-quorvath");
    }

    @Test
    void aTitleOfTwoWordsOpeningASentenceIsPartOfTheSpan() {
        Tagged t = new Tagged("The court met. Attorney General Tom Varrick said it. The attorney general left.", null);
        t.assertMention("Attorney General Tom Varrick", 0, PERSON, "person:tom-varrick");
    }
}
