package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/** Names that news writes in shapes the other rules missed, on sentences written for these tests. */
class NewsRecallTest {

    @Test
    void usWithoutItsLastPeriodIsTheCountry() { // countries.txt alias "U.S"
        Tagged t = new Tagged("Talks between Quorra and the U.S government stalled, and the U.S wouldn't sign.", null);
        t.assertMention("U.S", 0, LOCATION, "location:united-states");
        t.assertMention("U.S", 1, LOCATION, "location:united-states");
    }

    @Test
    void businessWordsEndCompanyNames() { // organization-words.txt: Securities, Logistics, Exchange...
        Tagged t = new Tagged("Analysts at Goldbrook Securities said Quorra Telecom would buy Tarnby Logistics, "
                + "and shares fell on the Velmora Stock Exchange.", null);
        t.assertMention("Goldbrook Securities", 0, ORGANIZATION, "organization:goldbrook-securities");
        t.assertMention("Tarnby Logistics", 0, ORGANIZATION, "organization:tarnby-logistics");
        t.assertMention("Velmora Stock Exchange", 0, ORGANIZATION, "organization:velmora-stock-exchange");
    }
}
