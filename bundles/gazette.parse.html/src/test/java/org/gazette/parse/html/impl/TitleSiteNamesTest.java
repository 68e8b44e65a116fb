package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

class TitleSiteNamesTest {

    private static final String BODY = "<article><h1>How to Prune Climbing Roses</h1>"
            + paragraphs("Climbing roses flower on the shoots they grew last year, so the pruning waits until the"
                    + " flowers are over and the new growth can be tied in along the wall.",
                    "Cut out one or two of the oldest stems at the base each winter, and shorten the side shoots"
                            + " to two or three buds so that each of them flowers again next summer.")
            + "</article>";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void aPageThatDeclaresNoSiteNameTakesItFromTheTitlePartThatSpellsItsDomain() {
        Article a = parser.parse(page("https://www.greenhillnurseries.example/blog/prune-climbing-roses",
                "How to Prune Climbing Roses | Greenhill Nurseries", "", BODY));

        assertEquals("Greenhill Nurseries", a.siteName);
        assertEquals(TitleSiteNames.SOURCE, a.provenance.get("siteName"));
        assertEquals("How to Prune Climbing Roses", a.title);
    }

    @Test
    void aNameLeadingTheTitleCounts() {
        Article a = parser.parse(page("https://roses.example/prune", "Roses.example - How to Prune Climbing Roses", "", BODY));

        assertEquals("Roses.example", a.siteName);
    }

    @Test
    void aDeclaredSiteNameComesFirst() {
        Article a = parser.parse(page("https://www.greenhillnurseries.example/blog/prune-climbing-roses",
                "How to Prune Climbing Roses | Greenhill Nurseries", "<meta property=\"og:site_name\" content=\"Greenhill\">", BODY));

        assertEquals("Greenhill", a.siteName);
        assertEquals("og:site_name", a.provenance.get("siteName"));
    }

    @Test
    void aLabelThatIsNotTheDomainIsNoSiteName() {
        Article a = parser.parse(page("https://www.greenhillnurseries.example/blog/prune-climbing-roses",
                "How to Prune Climbing Roses | Expert Guide", "", BODY));

        assertNull(a.siteName);
    }

    @Test
    void aHeadlineOpeningWithTheBrandIsNoSiteNameAndKeepsItsTitle() {
        Article a = parser.parse(page("https://www.greenhill.example/blog/prune-climbing-roses",
                "Greenhill Tips | Pruning", "", BODY));

        assertNull(a.siteName, "the first part must spell the domain exactly");
        assertEquals("How to Prune Climbing Roses", a.title);
    }

    @Test
    void aNameTakenFromTheTitleIsCutFromItAsADeclaredOneWouldBe() {
        Article a = parser.parse(page("https://www.greenhill.example/blog/prune-climbing-roses",
                "Pruning Roses | Greenhill Guides", "", "<p>A short note on the roses by the gate, all of which need a prune this"
                        + " winter before the buds break, and the old wood cut out at the base.</p>"));

        assertEquals("Greenhill Guides", a.siteName);
        assertEquals("Pruning Roses", a.title, "two words before the bar are too few for a label, but the site's name goes");
    }

    @Test
    void aNameAndADomainNameThatHoldOneAnotherMatch() {
        assertTrue(TitleSiteNames.holds("Moxie", "withmoxie"));
        assertTrue(TitleSiteNames.holds("Ironhack Blog", "ironhack"));
        assertTrue(TitleSiteNames.spells("Arla Foods Ingredients", "arlafoodsingredients.example", "arlafoodsingredients"));
        assertTrue(TitleSiteNames.spells("Psychiatry.org", "psychiatry.org", "psychiatry"));
        assertFalse(TitleSiteNames.holds("News", "thenewsguide"), "too short a part of the domain's name");
        assertFalse(TitleSiteNames.spells("Personally Tested", "krioda.example", "krioda"));
        assertFalse(TitleSiteNames.holds("Personally Tested", "krioda"));
    }
}
