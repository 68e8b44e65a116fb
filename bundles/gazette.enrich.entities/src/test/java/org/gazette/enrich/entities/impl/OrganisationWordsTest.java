package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/** Organisation words added to {@code organization-words.txt} end organisation names; texts written for these tests. */
class OrganisationWordsTest {

    @Test
    void aSubcommitteeGuildOrTranslatorsEndAnOrganisation() {
        Tagged t = new Tagged("The Harbour Fisheries Subcommittee met the Marrow Weavers Guild and the Penhallow Bible Translators on Tuesday.", null);
        t.assertMention("Harbour Fisheries Subcommittee", 0, ORGANIZATION, null);
        t.assertMention("Marrow Weavers Guild", 0, ORGANIZATION, null);
        t.assertMention("Penhallow Bible Translators", 0, ORGANIZATION, null);
    }

    @Test
    void librariesAndDutchLibraryAndUniversityEndAnOrganisation() {
        Tagged t = new Tagged("Staff of the Aldwick University Libraries visited the Koninklijke Bibliotheek and the Vrije Universiteit in May.", null);
        t.assertMention("Aldwick University Libraries", 0, ORGANIZATION, null);
        t.assertMention("Koninklijke Bibliotheek", 0, ORGANIZATION, null);
        t.assertMention("Vrije Universiteit", 0, ORGANIZATION, null);
    }
}
