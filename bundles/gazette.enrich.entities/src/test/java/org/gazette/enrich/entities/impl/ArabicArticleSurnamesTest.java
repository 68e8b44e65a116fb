package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Arab persons' names with the article joined to the family name; texts written for these tests. */
class ArabicArticleSurnamesTest {

    @Test
    void aWordThenAFamilyNameWithTheArticleIsAPerson() {
        Tagged t = new Tagged("Yesterday Zuhdi al-Qudsani resigned from the council. Qudsani gave no reason.", null);
        t.assertMention("Zuhdi al-Qudsani", 0, PERSON, "person:zuhdi-al-qudsani");
    }

    @Test
    void anArabicPlaceNounOpeningTheNameIsNoPerson() {
        Tagged t = new Tagged("Later the convoy reached Wadi al-Qamar before dark.", null);
        Assertions.assertFalse(t.tagged("Wadi al-Qamar", 0) && t.mention("Wadi al-Qamar").type == PERSON, t.describe());
    }
}
