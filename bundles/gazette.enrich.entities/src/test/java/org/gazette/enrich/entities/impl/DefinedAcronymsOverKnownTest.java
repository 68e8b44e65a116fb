package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/** {@link DefinedAcronymsOverKnown}, on texts written for these tests. */
class DefinedAcronymsOverKnownTest {

    @Test
    void aKnownAcronymDefinedForAnotherNameIsThatName() {
        Tagged t = new Tagged("Tom Reed told the Australian Broadcasting Corporation (ABC) that he would run."
                + " The ABC said it would air the debate.", null);
        String id = t.mention("Australian Broadcasting Corporation").entityId;
        t.assertMention("ABC", 0, ORGANIZATION, id);
        t.assertMention("ABC", 1, ORGANIZATION, id);
    }

    @Test
    void aKnownAcronymWithoutDefinitionStaysTheGazetteers() {
        Tagged t = new Tagged("Tom Reed told ABC that he would run.", null);
        t.assertMention("ABC", 0, ORGANIZATION, "organization:abc");
    }
}
