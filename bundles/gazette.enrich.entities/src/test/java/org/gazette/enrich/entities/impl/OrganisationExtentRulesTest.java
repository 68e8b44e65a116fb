package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/** Rules for the extent of organisation names and their short forms; texts written for these tests. */
class OrganisationExtentRulesTest {

    @Test
    void aSecondOfGoesOnWithTheSameName() {
        Tagged t = new Tagged("The Government of the Republic of Albania signed the treaty on Monday.", null);
        t.assertMention("Government of the Republic of Albania", 0, ORGANIZATION, null);
        t.assertMention("Albania", 0, LOCATION, "location:albania");
    }

    @Test
    void aKnownOrganisationBeforeAnOrganisationHeadWithForIsPartOfALongerName() {
        Tagged t = new Tagged("A liaison office of the United Nations Office for Disarmament Affairs will open in Vienna.", null);
        t.assertMention("United Nations Office for Disarmament Affairs", 0, ORGANIZATION,
                "organization:united-nations-office-for-disarmament-affairs");
    }

    @Test
    void aKnownOrganisationOpeningOrEndingALongerNameIsNestedInIt() {
        Tagged t = new Tagged("The United Nations Industrial Development Organization met in Vienna. Later the Liaison"
                + " Office of the United Nations opened.", null);
        t.assertMention("United Nations Industrial Development Organization", 0, ORGANIZATION, null);
        assertTrue(nested(t, "United Nations", 0), t.describe());
        assertTrue(nested(t, "United Nations", 1), t.describe());
    }

    @Test
    void anUnknownFirstWordIsNotNestedAsAnOrganisation() {
        Tagged t = new Tagged("The Quarrow Office for Trade Affairs opened on Monday.", null);
        for (Mention m : t.tagging.mentions()) {
            assertTrue(!m.text.equals("Quarrow") || m.type != ORGANIZATION, t.describe());
        }
    }

    @Test
    void theNameWithoutItsSuffixBeforeAPastTenseVerbIsTheCompany() {
        Tagged t = new Tagged("A spokesman for Delmont Partners said the firm would appeal. Delmont declined to comment,"
                + " and Delmont sold the unit in May.", null);
        t.assertMention("Delmont", 1, ORGANIZATION, "organization:delmont-partners");
        t.assertMention("Delmont", 2, ORGANIZATION, "organization:delmont-partners");
    }

    @Test
    void aPublicationSpokenToIsAnOrganisation() {
        Tagged t = new Tagged("Orvan Tesk spoke to The Quarrow Ledger on Monday.", null);
        t.assertMention("Quarrow Ledger", 0, ORGANIZATION, null);
    }

    @Test
    void sportsSoftwareAndVenturesEndOrganisationNames() {
        Tagged t = new Tagged("She left Quillhaven Sports in 2011 and moved to Tarnwick Software in 2014. Orrin Ventures paid"
                + " for it.", null);
        t.assertMention("Quillhaven Sports", 0, ORGANIZATION, null);
        t.assertMention("Tarnwick Software", 0, ORGANIZATION, null);
        t.assertMention("Orrin Ventures", 0, ORGANIZATION, null);
    }

    /** @return whether an organisation mention of exactly the n-th {@code surface} lies inside a longer mention */
    private static boolean nested(Tagged t, String surface, int n) {
        int from = -1;
        for (int k = 0; k <= n; k++) {
            from = t.text.indexOf(surface, from + 1);
        }
        boolean inner = false;
        boolean outer = false;
        for (Mention m : t.tagging.mentions()) {
            inner |= m.start == from && m.end == from + surface.length() && m.type == ORGANIZATION;
            outer |= m.start <= from && m.end >= from + surface.length() && m.end - m.start > surface.length();
        }
        return inner && outer;
    }
}
