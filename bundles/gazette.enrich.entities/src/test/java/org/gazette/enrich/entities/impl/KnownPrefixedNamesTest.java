package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/**
 * {@link PlacePrefixedOrganisations} with a known organisation before a committee and a city before a
 * road, on texts written for these tests.
 */
class KnownPrefixedNamesTest {

    @Test
    void aCommitteeNamedWithAndWithoutItsChamberIsOne() {
        Tagged t = new Tagged("The Senate Tariff Review Committee met on Monday. The Tariff Review Committee chairman"
                + " said the vote would wait.", null);
        t.assertMention("Senate Tariff Review Committee", 0, ORGANIZATION, "organization:senate-tariff-review-committee");
        t.assertMention("Tariff Review Committee", 1, ORGANIZATION, "organization:senate-tariff-review-committee");
    }

    @Test
    void aRoadNamedWithAndWithoutItsCityIsOne() {
        Tagged t = new Tagged("Trucks use the Boston Quarrow Ring Road at night. The Quarrow Ring Road is closed in May.", null);
        t.assertMention("Boston Quarrow Ring Road", 0, LOCATION, "location:boston-quarrow-ring-road");
        t.assertMention("Quarrow Ring Road", 1, LOCATION, "location:boston-quarrow-ring-road");
    }
}
