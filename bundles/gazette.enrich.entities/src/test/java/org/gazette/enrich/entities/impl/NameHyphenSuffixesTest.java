package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link NameHyphenSuffixes}: "London-based", "New York-born" hold a name of their own. */
class NameHyphenSuffixesTest {

    @Test
    void aPlaceBeforeAHyphenatedSuffixIsTagged() {
        Tagged t = new Tagged("The London-based bank hired a New York-born lawyer for its U.S.-style campaign.", null);
        assertEquals("location:london", t.mention("London").entityId, t.describe());
        assertEquals("location:new-york-city", t.mention("New York").entityId, t.describe());
        assertEquals(LOCATION, t.mention("U.S.").type, t.describe());
    }

    @Test
    void twoNamesJoinedByAHyphenBeforeANounOfWhatJoinsThemAreTwoNames() {
        Tagged t = new Tagged("The Russia-Ukraine war and the Tarnvik-Quorra border were discussed.", null);
        assertEquals("location:russia", t.mention("Russia").entityId, t.describe());
        assertEquals("location:ukraine", t.mention("Ukraine").entityId, t.describe());
    }

    @Test
    void doubleNamesStayOneWord() {
        Tagged t = new Tagged("Anna Jessen-Petersen said the Harley-Davidson bikes were sold.", null);
        assertEquals(PERSON, t.mention("Anna Jessen-Petersen").type, t.describe());
        assertEquals(false, t.tagged("Davidson", 0) && !t.tagged("Harley-Davidson", 0), t.describe());
    }
}
