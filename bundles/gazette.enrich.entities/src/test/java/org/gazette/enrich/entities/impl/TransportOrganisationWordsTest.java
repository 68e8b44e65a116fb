package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.EntityType;
import org.junit.jupiter.api.Test;

/** Words of {@code organization-words.txt} added for transport bodies: "Rail" ends a name, "Transport" heads one before "for". */
class TransportOrganisationWordsTest {

    @Test
    void railEndsAnOrganisationsName() {
        Tagged t = new Tagged("Quarrow Rail said the line would reopen on Friday.", null);
        assertTrue(t.has(EntityType.ORGANIZATION, "Quarrow Rail"), t.describe());
    }

    @Test
    void transportForAPlaceIsOneOrganisation() {
        Tagged t = new Tagged("Transport for Tarnvik said services were suspended.", null);
        assertTrue(t.has(EntityType.ORGANIZATION, "Transport for Tarnvik"), t.describe());
        assertFalse(t.has(EntityType.ORGANIZATION, "Tarnvik"), t.describe());
    }
}
