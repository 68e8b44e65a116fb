package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link GroupsAfterQuantityAndOf}: "millions of Americans" is a phrase, not the group "Americans". */
class GroupsAfterQuantityAndOfTest {

    @Test
    void aGroupAfterAQuantityAndOfIsNotTagged() {
        Tagged t = new Tagged("The storm left millions of Americans without power, and a lot of the Canadians too.", null);
        assertFalse(t.tagged("Americans", 0), t.describe());
        assertFalse(t.tagged("Canadians", 0), t.describe());
    }

    @Test
    void theGroupAloneStaysTagged() {
        Tagged t = new Tagged("Americans voted on Tuesday, and the Canadians watched.", null);
        assertTrue(t.tagged("Americans", 0), t.describe());
    }
}
