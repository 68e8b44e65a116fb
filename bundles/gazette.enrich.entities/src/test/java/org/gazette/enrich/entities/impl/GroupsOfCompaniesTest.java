package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;

import org.junit.jupiter.api.Test;

/** {@link GroupsOfCompanies}, on texts written for these tests. */
class GroupsOfCompaniesTest {

    @Test
    void aKnownCompanyWithHoldingsIsTheCompany() {
        Tagged t = new Tagged("HSBC Holdings cut 300 jobs in March, and HSBC said more would go.", null);
        t.assertMention("HSBC Holdings", 0, ORGANIZATION, "organization:hsbc");
    }

    @Test
    void aKnownCompanyWithAndCoIsTheCompany() {
        Tagged t = new Tagged("Shares of JPMorgan Chase & Co. rose on Monday.", null);
        t.assertMention("JPMorgan Chase & Co.", 0, ORGANIZATION, "organization:jpmorgan-chase");
    }
}
