package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** An office alone in capitals is the person the text sets it beside in lower case; texts written for this test. */
class OfficesWrittenLowerBesideNamesTest {

    @Test
    void aCapitalisedOfficeAloneIsThePersonWithTheOfficeInLowerCase() {
        Tagged t = new Tagged("Wikinews interviews President of the Quarrow Guild of Weavers\n\n"
                + "Wikinews spoke with Ann Tollver, president of the Quarrow Guild of Weavers, about looms.", null);
        t.assertMention("President of the Quarrow Guild of Weavers", 0, PERSON, "person:ann-tollver");
    }

    @Test
    void twoPersonsWithTheOfficeJoinNone() {
        Tagged t = new Tagged("Wikinews interviews President of the Quarrow Guild of Weavers\n\n"
                + "Ann Tollver, president of the Quarrow Guild of Weavers, met Bo Larrin, president of the Quarrow Guild of Weavers, today.", null);
        assertNotEquals("person:ann-tollver", t.mention("President of the Quarrow Guild of Weavers").entityId, t.describe());
        assertNotEquals("person:bo-larrin", t.mention("President of the Quarrow Guild of Weavers").entityId, t.describe());
    }
}
