package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PersonAfterOrganisationSuffix}: a run that goes from an organisation's suffix word into a person's name. */
class PersonAfterOrganisationSuffixTest {

    @Test
    void theOrganisationEndsAtItsSuffixAndThePersonFollows() {
        Tagged t = new Tagged("The radio station spoke to a lecturer in Coastal Studies at Washington State University "
                + "Jane Dorrit about the fleet.", null);
        assertEquals(ORGANIZATION, t.mention("Washington State University").type, t.describe());
        assertEquals(PERSON, t.mention("Jane Dorrit").type, t.describe());
    }

    @Test
    void aLongerNameAfterAGivenNameStaysOneName() {
        Tagged t = new Tagged("Buses leave from the Port Authority George Washington Bus Station every hour.", null);
        assertEquals(null, t.tagging.mentions().stream().filter(m -> m.type == PERSON && m.text.equals("George Washington"))
                .findFirst().orElse(null), t.describe());
    }
}
