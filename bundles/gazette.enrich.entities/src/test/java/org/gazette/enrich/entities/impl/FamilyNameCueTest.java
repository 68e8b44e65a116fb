package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link FamilyNameCue}: a frequent family name alone is a person, on texts written for this test. */
class FamilyNameCueTest {

    @Test
    void aFamilyNameAloneIsAPerson() {
        Tagged t = new Tagged("The survey was drawn up in the spring. It was finished with the help of Williamson, "
                + "and later checked by Hargrove.", null);
        t.assertMention("Williamson", 0, PERSON, "person:williamson");
        t.assertMention("Hargrove", 0, PERSON, "person:hargrove");
    }

    @Test
    void aFamilyNameBeforeAVerbIsAPerson() {
        Tagged t = new Tagged("The council refused the plan. Angry, Pruitt and a few neighbours walked out of the hall.", null);
        t.assertMention("Pruitt", 0, PERSON, "person:pruitt");
    }

    @Test
    void aFamilyNameAfterAnArticleIsLeftAlone() {
        Tagged t = new Tagged("The museum was quiet. We looked at the Hargrove for an hour and then went home.", null);
        assertFalse(t.describe().contains("PERSON[Hargrove]"), t.describe());
    }

    @Test
    void aCapitalisedCommonWordOpeningTheSentenceStartsNoRun() {
        Tagged t = new Tagged("The survey was drawn up in the spring. Both Hargrove and his sister signed it.", null);
        t.assertMention("Hargrove", 0, PERSON, "person:hargrove");
    }

    @Test
    void aFamilyNameAfterAPrepositionOfPlaceOrALowerCaseWordIsLeftAlone() {
        Tagged t = new Tagged("The museum was quiet. We walked on Hargrove for an hour and fed your Pruitt at home.", null);
        assertFalse(t.describe().contains("PERSON[Hargrove]"), t.describe());
        assertFalse(t.describe().contains("PERSON[Pruitt]"), t.describe());
    }
}
