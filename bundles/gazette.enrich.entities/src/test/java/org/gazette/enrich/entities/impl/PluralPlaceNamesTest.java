package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link PluralPlaceNames}: a capitalised plural after "the" and a word of place or motion. */
class PluralPlaceNamesTest {

    @Test
    void aPluralAfterAPlaceWordAndTheIsAPlaceEverywhereInTheText() {
        Tagged t = new Tagged("Ferries sail to the Varrows twice a week. The Varrows are windy in winter, "
                + "and the boats stay in the Varrows when storms come.", null);
        assertEquals(LOCATION, t.mention("Varrows", 0).type);
        assertEquals(LOCATION, t.mention("Varrows", 1).type);
        assertEquals(LOCATION, t.mention("Varrows", 2).type);
        assertEquals(t.mention("Varrows", 0).entityId, t.mention("Varrows", 2).entityId);
    }

    @Test
    void withoutACueOrForATitleOrALowerCaseWordThereIsNoPlace() {
        Tagged t = new Tagged("Everyone admired the Quellens at the party. Permission came from the Tsars. "
                + "She wrote to the Lanterns, and the lanterns glowed.", null);
        assertFalse(t.tagged("Quellens", 0));
        assertFalse(t.tagged("Tsars", 0));
        assertFalse(t.tagged("Lanterns", 0));
    }

    @Test
    void aPluralBeforeAnotherCapitalisedWordIsLeftToTheNameRules() {
        Tagged t = new Tagged("We drove to the Harrows Museum on Sunday.", null);
        assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals("Harrows")));
    }
}
