package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "Mission" ends an organisation's name, as "Embassy" does: a known organisation before it is part of the name. */
class DiplomaticMissionsTest {

    @Test
    void aMissionNamedAfterAKnownOrganisationIsOneName() {
        Tagged t = new Tagged("Talks went on with the United Nations Observer Mission about the border.", null);
        assertEquals(ORGANIZATION, t.mention("United Nations Observer Mission").type, t.describe());
    }
}
