package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/** {@link RunsEndingInKnownOrganisations} and the programmes of the United Nations; texts written for these tests. */
class RunsEndingInKnownOrganisationsTest {

    @Test
    void aRunEndingInAKnownOrganisationIsAnOrganisationWhateverVerbFollows() {
        Tagged t = new Tagged("The International Red Cross said convoys had reached Tarnby on Monday.", null);
        t.assertMention("International Red Cross", 0, ORGANIZATION, null);
    }

    @Test
    void theFoodAndDevelopmentProgrammesOfTheUnitedNationsAreOrganisations() {
        Tagged t = new Tagged("The World Food Programme warned of hunger in Quorra, and the UN Development Programme sent"
                + " advisers. Later the WFP said more food was needed.", null);
        t.assertMention("World Food Programme", 0, ORGANIZATION, "organization:world-food-programme");
        t.assertMention("UN Development Programme", 0, ORGANIZATION, "organization:united-nations-development-programme");
        t.assertMention("WFP", 0, ORGANIZATION, "organization:world-food-programme");
    }
}
