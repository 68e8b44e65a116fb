package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A plural group of people after a word of quantity ("many Americans") is a group of its own; texts written for this test. */
class QuantifiedGroupsTest {

    @Test
    void aQuantifiedGroupIsNotTheWholeGroup() {
        Tagged t = new Tagged("Americans vote in November. Many voters agree, and most Canadians watch closely. "
                + "Yet many Americans stay home, while 40 million Americans vote by mail and Canadians wait.", null);
        t.assertMention("many Americans", 0, PERSON, "person:many-americans");
        t.assertMention("million Americans", 0, PERSON, "person:million-americans");
        t.assertMention("most Canadians", 0, PERSON, "person:most-canadians");
        t.assertMention("Americans", 0, PERSON, "person:americans");
        t.assertMention("Canadians", 1, PERSON, "person:canadians");
    }

    @Test
    void anArticleOrAllLeavesTheGroup() {
        Tagged t = new Tagged("The Americans met the Canadians. Later all Americans cheered, and these Canadians left.", null);
        assertEquals("person:americans", t.mention("Americans", 1).entityId, t.describe());
        assertEquals("person:canadians", t.mention("Canadians", 1).entityId, t.describe());
    }
}
