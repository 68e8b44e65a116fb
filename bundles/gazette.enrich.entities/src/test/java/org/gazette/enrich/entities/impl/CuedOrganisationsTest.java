package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link CuedOrganisations}: a lone name word that one cue shows to be an organisation; texts written for these tests. */
class CuedOrganisationsTest {

    @Test
    void anAppositionNamingAKindOfOrganisationCuesEveryOccurrence() {
        Tagged t = new Tagged("We read about Quillovex, a company that sells kites. By May, Quillovex sold more kites than ever.", null);
        t.assertMention("Quillovex", 0, ORGANIZATION, null);
        t.assertMention("Quillovex", 1, ORGANIZATION, null);
    }

    @Test
    void aFounderAfterTheNameCuesIt() {
        Tagged t = new Tagged("A talk with Brendalux founder Mia Oakes. She says Brendalux grew fast.", null);
        t.assertMention("Brendalux", 0, ORGANIZATION, null);
        t.assertMention("Brendalux", 1, ORGANIZATION, null);
    }

    @Test
    void aPossessiveBoardCuesIt() {
        Tagged t = new Tagged("On Monday the Tarnwick's board met in secret.", null);
        t.assertMention("Tarnwick", 0, ORGANIZATION, null);
    }

    @Test
    void joiningOrFoundingCuesIt() {
        Tagged t = new Tagged("In 2004 she joined Velmora and stayed for years. Friends say Velmora treated her well.", null);
        t.assertMention("Velmora", 0, ORGANIZATION, null);
        t.assertMention("Velmora", 1, ORGANIZATION, null);
    }

    @Test
    void aWordInsideALongerNameIsNotCued() {
        Tagged t = new Tagged("We talked about Game of Glasswick with many Glasswick fans at the fair.", null);
        assertFalse(t.tagged("Glasswick", 0) && t.mention("Glasswick").type == ORGANIZATION, t.describe());
    }

    @Test
    void aCueAtTheStartOfASentenceDoesNotCount() {
        Tagged t = new Tagged("Kitewings fans are loud. We saw it.", null);
        assertFalse(t.tagged("Kitewings", 0) && t.mention("Kitewings").type == ORGANIZATION, t.describe());
    }

    @Test
    void aWordAlsoWrittenInLowerCaseIsNotCued() {
        Tagged t = new Tagged("We joined Harbour for the summer, and the harbour was full.", null);
        assertFalse(t.tagged("Harbour", 0) && t.mention("Harbour").type == ORGANIZATION, t.describe());
    }

    @Test
    void aBroadcasterBeforeSeriesOrChannelIsCued() {
        Tagged t = new Tagged("Ria Dole was cast in the QTV series that year. She left QTV in 2009.", null);
        t.assertMention("QTV", 0, ORGANIZATION, null);
        t.assertMention("QTV", 1, ORGANIZATION, null);
    }

    @Test
    void anOrganisationWordAloneIsNotCued() {
        Tagged t = new Tagged("Ria Dole played a nurse in the TV series for years.", null);
        assertFalse(t.tagged("TV", 0), t.describe());
    }

    @Test
    void aBroadcasterTheGazetteerKnowsNeedsNoCue() {
        Tagged t = new Tagged("Nell Aster made her debut in 2002 on ABC and later moved to the CW.", null);
        t.assertMention("ABC", 0, ORGANIZATION, null);
        t.assertMention("CW", 0, ORGANIZATION, null);
    }
}
