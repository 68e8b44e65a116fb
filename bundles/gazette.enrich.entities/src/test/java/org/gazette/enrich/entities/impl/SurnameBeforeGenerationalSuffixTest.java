package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A family name alone joins the person named with it before "Jr.", on texts written for these tests. */
class SurnameBeforeGenerationalSuffixTest {

    @Test
    void theFamilyNameAloneIsThePersonNamedWithJunior() {
        Tagged t = new Tagged("Senator Walter P. Quorwick Jr. spoke in Phoenix on Monday. Quorwick said the plan was bad.", null);
        assertEquals(t.mention("Senator Walter P. Quorwick Jr.").entityId, t.mention("Quorwick", 1).entityId, t.describe());
    }

    @Test
    void theFatherNamedWithoutTheSuffixKeepsTheFamilyName() {
        Tagged t = new Tagged("Walter Quorwick Jr. spoke at the rally. His father, Walter Quorwick, watched. "
                + "Quorwick said he was proud.", null);
        assertEquals(t.mention("Walter Quorwick", 1).entityId, t.mention("Quorwick", 2).entityId, t.describe());
        assertNotEquals(t.mention("Walter Quorwick Jr.").entityId, t.mention("Walter Quorwick", 1).entityId, t.describe());
    }
}
