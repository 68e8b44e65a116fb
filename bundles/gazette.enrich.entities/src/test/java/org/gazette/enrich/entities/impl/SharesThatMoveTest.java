package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link SharesThatMove} and a relation noun after "its" ({@link RelationNouns}); texts written for these tests. */
class SharesThatMoveTest {

    @Test
    void aNameBeforeSharesAndAVerbOfPricesIsACompanyEvenWhenItAlsoAnnounces() {
        Tagged t = new Tagged("Zentrix Inc. and its rival Holvane announced a merger on Monday, and Holvane shares rose 4%.", null);
        t.assertMention("Holvane", 0, ORGANIZATION, "organization:holvane");
        t.assertMention("Holvane", 1, ORGANIZATION, "organization:holvane");
    }

    @Test
    void aPersonWhoSharesSomethingStaysAPerson() {
        Tagged t = new Tagged("Every week, Anna Brell shares her recipe for bread, and Brell said it was easy.", null);
        t.assertMention("Anna Brell", 0, PERSON, null);
    }

    @Test
    void aRelationNounAfterAPersonsPossessiveStillMakesAPerson() {
        Tagged t = new Tagged("She thanked her rival Mara Tollen after the race.", null);
        t.assertMention("Mara Tollen", 0, PERSON, null);
    }
}
