package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** {@link PlaceSpellingVariants}, on texts written for these tests. */
class PlaceSpellingVariantsTest {

    @Test
    void twoSpellingsOfAnIslandNameAreOnePlace() {
        Tagged t = new Tagged("The Quarrowvik Islands are remote. Few boats reach the Quarowvik Islands in winter.", null);
        String id = t.mention("Quarrowvik Islands").entityId;
        t.assertMention("Quarowvik Islands", 0, LOCATION, id);
    }

    @Test
    void namesTwoEditsApartStayTwoPlaces() {
        Tagged t = new Tagged("The Quarrowvik Islands are remote. Few boats reach the Quarvik Islands in winter.", null);
        assertNotEquals(t.mention("Quarrowvik Islands").entityId, t.mention("Quarvik Islands").entityId);
    }
}
