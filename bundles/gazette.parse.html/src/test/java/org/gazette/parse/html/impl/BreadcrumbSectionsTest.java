package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

class BreadcrumbSectionsTest {

    private static final String URL = "https://www.fenmoor.example/travel/rail/night-trains-return/";
    private static final String BODY = "<article><h1>Night Trains Return to the Coast Line</h1>"
            + paragraphs("The sleeper service to the coast runs again from Friday, six years after the last train left"
                    + " the old terminus with its carriages bound for the scrapyard.",
                    "Tickets for the first month sold out within a day, the operator said, and a second train is"
                            + " planned for the summer timetable.")
            + "</article>";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private static String breadcrumb(String items) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Night Trains Return to the Coast Line\"},"
                + "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[" + items + "]}]}</script>";
    }

    private static String step(int position, String name, String url) {
        return "{\"@type\":\"ListItem\",\"position\":" + position + ",\"name\":\"" + name + "\""
                + (url == null ? "" : ",\"item\":\"" + url + "\"") + "}";
    }

    @Test
    void theDeepestStepAboveThePageIsItsSection() {
        Article a = parser.parse(page(URL, "Night Trains Return to the Coast Line", breadcrumb(String.join(",",
                step(1, "Home", "https://www.fenmoor.example/"), step(2, "Travel", "https://www.fenmoor.example/travel/"),
                step(3, "Rail", "https://www.fenmoor.example/travel/rail/"),
                step(4, "Night Trains Return to the Coast Line", null))), BODY));

        assertEquals("Rail", a.section);
        assertEquals(BreadcrumbSections.SOURCE, a.provenance.get("section"));
    }

    @Test
    void aStepLinkingToThePageItselfIsNoSection() {
        Article a = parser.parse(page(URL, "Night Trains", breadcrumb(String.join(",",
                step(1, "Home", "https://www.fenmoor.example/"), step(2, "Travel", "/travel/"),
                step(3, "Night Trains Return to the Coast Line", URL))), BODY));

        assertEquals("Travel", a.section);
    }

    @Test
    void aTrailOfTheHomePageAndThePageGivesNone() {
        Article a = parser.parse(page(URL, "Night Trains", breadcrumb(String.join(",",
                step(1, "Home", "https://www.fenmoor.example/blog/"), step(2, "Night Trains Return to the Coast Line", null))), BODY));

        assertNull(a.section, "the trail's first step is the root, here a blog installed under /blog/");
    }

    @Test
    void aDeclaredSectionComesFirst() {
        Article a = parser.parse(page(URL, "Night Trains", "<meta property=\"article:section\" content=\"Transport\">"
                + breadcrumb(String.join(",", step(1, "Home", "https://www.fenmoor.example/"),
                        step(2, "Travel", "/travel/"), step(3, "Night Trains", null))), BODY));

        assertEquals("Transport", a.section);
        assertEquals("article:section", a.provenance.get("section"));
    }

    @Test
    void aStepLinkingToTheCanonicalAddressIsThePageItself() {
        Article a = parser.parse(page(URL + "amp/", "Night Trains",
                "<link rel=\"canonical\" href=\"" + URL + "\">" + breadcrumb(String.join(",",
                        step(1, "Home", "https://www.fenmoor.example/"), step(2, "Rail", "/travel/rail/"),
                        step(3, "Night Trains Return", "https://www.fenmoor.example/travel/rail/night-trains-return/"))), BODY));

        assertEquals("Rail", a.section);
    }

    @Test
    void aStepToTheHomePageBelowTheRootEndsTheSearch() {
        Article a = parser.parse(page(URL, "Night Trains", breadcrumb(String.join(",",
                step(1, "Fenmoor", "https://www.fenmoor.example/"), step(2, "Front page", "https://www.fenmoor.example/"),
                step(3, "Night Trains Return to the Coast Line", null))), BODY));

        assertNull(a.section);
    }

    @Test
    void anAddressThatCannotBeReadGivesNoSection() {
        Article a = parser.parse(page(URL, "Night Trains", breadcrumb(String.join(",",
                step(1, "Home", "https://www.fenmoor.example/"), step(2, "Travel", "/travel/"),
                step(3, "Rail & Sea", "/travel/rail sea/"), step(4, "Night Trains", null))), BODY));

        assertNull(a.section, "not the step above an unreadable one");
    }

    @Test
    void aPrintedTrailGivesTheSectionWhenTheMetadataDeclaresNone() {
        Article a = parser.parse(page(URL, "Night Trains", "", "<nav aria-label=\"Breadcrumb\" class=\"breadcrumbs\"><ol>"
                + "<li><a href=\"/\"><img src=\"/logo.svg\"></a></li><li><a href=\"/travel/\">Travel</a></li>"
                + "<li><a href=\"/travel/rail/\">Rail</a></li><li>Night Trains Return to the Coast Line</li></ol></nav>" + BODY));

        assertEquals("Rail", a.section);
        assertEquals(PrintedBreadcrumbs.SOURCE, a.provenance.get("section"));
    }

    @Test
    void theTrailsItemsTheLanguageSwitchBesideItAndItsBackLinkAreNoSteps() {
        // a region holds the trail and a link to the page in Spanish; the trail's items are named after it
        String head = "<link rel=\"alternate\" hreflang=\"es\" href=\"https://www.fenmoor.example/es/trenes-nocturnos/\">";
        Article a = parser.parse(page(URL, "Night Trains", head, "<div class=\"region-breadcrumb\"><div class=\"breadcrumbs\">"
                + "<div class=\"breadcrumbs__item\"><a href=\"/\">Home</a></div><div class=\"breadcrumbs__item\"><a href=\"/travel/\">Travel</a></div>"
                + "<div class=\"breadcrumbs__item\"><a href=\"/\">&lt; Back to the front page</a></div></div>"
                + "<a href=\"https://www.fenmoor.example/es/trenes-nocturnos/\">Español</a></div>" + BODY));

        assertEquals("Travel", a.section);
        Article home = parser.parse(page(URL, "Night Trains", head, "<div class=\"region-breadcrumb\"><ol class=\"breadcrumb\">"
                + "<li><a href=\"/\">Home</a></li><li>Night Trains Return to the Coast Line</li></ol>"
                + "<a href=\"/es/trenes-nocturnos/\" hreflang=\"es\">Español</a></div>" + BODY));
        assertNull(home.section, "the home page and the page itself: no section, and the language switch is none");
    }

    @Test
    void aTrailOfDatesNamesNoSection() {
        Article a = parser.parse(page("https://notes.example/2021/01/18/tools/", "Tools", "", "<span class=\"breadcrumbs\">"
                + "<a href=\"../../../../\">Notes</a> &raquo; <a href=\"../../../\">2021</a> &ndash; <a href=\"../../\">01</a>"
                + " &ndash; <a href=\"../\">18</a></span>" + BODY));

        assertNull(a.section);
    }

    @Test
    void aStepThatOpensWithAForwardArrowOrAPictureIsAStep() {
        Article a = parser.parse(page(URL, "Night Trains", "", "<div class=\"breadcrumb\"><a href=\"/\">\uD83C\uDFE0 Home</a>"
                + " <a href=\"/travel/\">» Travel</a> » Night Trains Return</div>" + BODY));

        assertEquals("Travel", a.section);
    }
}
