package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Short forms of a name written before or after its full form, on texts written for these tests. */
class CanonicalShortFormsTest {

    @Test
    void anAcronymBeforeTheFullNameIsThatOrganisation() {
        Tagged t = new Tagged("Inspectors from the BFRA visited the harbour. Later the Baltic Fisheries Regulatory Authority "
                + "said the nets were legal.", null);
        String id = t.mention("Baltic Fisheries Regulatory Authority").entityId;
        t.assertMention("BFRA", 0, ORGANIZATION, id);
        Tagged two = new Tagged("The BFRA acted first. The Baltic Fisheries Regulatory Authority and the Baltic Finance "
                + "Reform Alliance both said so.", null);
        assertNotEquals(two.mention("Baltic Fisheries Regulatory Authority").entityId, two.tagging.mentions().stream()
                .filter(m -> m.text.equals("BFRA")).map(m -> m.entityId).findFirst().orElse(null), two.describe()); // two expansions
    }

    @Test
    void anOrganisationWordBeforeOfNamesTheOrganisationAlone() {
        Tagged t = new Tagged("The Council voted on Monday. The City Council of Ashford approved the budget. "
                + "The Council met again in June.", null);
        String id = t.mention("City Council of Ashford").entityId;
        assertEquals(id, t.mention("Council", 2).entityId, t.describe());
        assertEquals(id, t.mention("Council", 0).entityId, t.describe());
        Tagged before = new Tagged("The House met on Monday. Later the House of Delegates passed the bill.", null);
        assertEquals(before.mention("House of Delegates").entityId, before.mention("House").entityId, before.describe());
        Tagged council = new Tagged("The Council voted on Monday. The City Council of Ashford approved the budget.", null);
        assertEquals(council.mention("City Council of Ashford").entityId, council.mention("Council").entityId, council.describe());
    }

    @Test
    void aSquareIsItsNameAlone() {
        Tagged t = new Tagged("Crowds gathered in Velmora Square on Friday. Police later closed Velmora to cars.", null);
        String id = t.mention("Velmora Square").entityId;
        t.assertMention("Velmora", 1, LOCATION, id);
        Tagged direction = new Tagged("The shop is on West Avenue near the river. Take the highway West from there.", null);
        assertEquals(false, direction.tagged("West", 1), direction.describe());
    }

    @Test
    void anOrganisationNamedByTheFirstWordsOfItsNameIsOne() {
        Tagged t = new Tagged("Ilse Varga joined the Academy of Quiet Design Europe in May. Later the Academy of Quiet Design "
                + "named her coach.", null);
        assertEquals(t.mention("Academy of Quiet Design Europe").entityId, t.mention("Academy of Quiet Design", 1).entityId,
                t.describe());
    }
}
