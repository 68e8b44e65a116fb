package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/** "Patrol" in {@code organization-words.txt} ends an organisation's name, on a text written for this test. */
class PatrolOrganisationsTest {

    @Test
    void aHighwayPatrolIsAnOrganisation() {
        Tagged t = new Tagged("The Quarrow County Border Patrol said troopers found the truck. The Patrol said more arrests were likely.", null);
        t.assertMention("Quarrow County Border Patrol", 0, ORGANIZATION, "organization:quarrow-county-border-patrol");
        t.assertMention("Patrol", 1, ORGANIZATION, "organization:quarrow-county-border-patrol");
    }
}
