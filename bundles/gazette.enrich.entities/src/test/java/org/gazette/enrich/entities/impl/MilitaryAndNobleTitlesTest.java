package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Compound ranks, titles of nobility and French honorifics of {@code titles.txt}, on texts written for these tests. */
class MilitaryAndNobleTitlesTest {

    @Test
    void aHyphenatedRankIsATitle() {
        Tagged t = new Tagged("The parade was led by Lieutenant-General Quorvath and Vice-Admiral Dallow.", null);
        t.assertMention("Lieutenant-General Quorvath", 0, PERSON, "person:quorvath");
        t.assertMention("Vice-Admiral Dallow", 0, PERSON, "person:dallow");
    }

    @Test
    void theFirstWordOfATwoWordRankIsNoPerson() {
        Tagged t = new Tagged("The parade was led by Rear Admiral Dallow on Sunday.", null);
        t.assertMention("Rear Admiral Dallow", 0, PERSON, "person:dallow");
        assertFalse(t.describe().contains("PERSON[Rear]"), t.describe());
    }

    @Test
    void aTitleOfNobilityIsATitle() {
        Tagged t = new Tagged("The dinner was attended by the Viscount Dallow and his wife.", null);
        t.assertMention("Viscount Dallow", 0, PERSON, "person:dallow");
    }

    @Test
    void mademoiselleAbbreviatedIsAnHonorific() {
        Tagged t = new Tagged("I want to buy a present for Mlle. Quorvath before the holidays.", null);
        t.assertMention("Mlle. Quorvath", 0, PERSON, "person:quorvath");
    }
}
