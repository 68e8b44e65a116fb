package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The byline and date lines a template prints between a standfirst and the text ({@link Edges}):
 * the standfirst is the first paragraph, yet the lines under it are the post's meta lines, not its
 * text; a date that heads an item of a list (no paragraph after it) stays.
 */
class DateLinesUnderStandfirstTest {

    private static final String STANDFIRST = "Shared service centres have become the backbone of how larger firms run their people teams.";
    private static final String ONE = "A shared service centre answers the questions that every office used to answer on its own.";
    private static final String TWO = "Most firms start with payroll and benefits, then move onboarding and records to the same team.";
    private static final String THREE = "The savings come from doing the same work once, in one place, with one set of tools.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void nameAndMetaLineUnderAStandfirstAreNotBodyText() {
        Article a = parser.parse(page("https://people.example/insights/shared-services", "Shared services", "",
                "<main><div class=intro><div class=half><p class=ingress>" + STANDFIRST + "</p><p class=small>Mara Quint</p>"
                        + "<div class=row><p class=small>04.11.2025 · 6 min read</p></div></div></div>"
                        + "<div class=post-body>" + paragraphs(ONE, TWO, THREE) + "</div></main>"));
        assertEquals(String.join("\n\n", STANDFIRST, ONE, TWO, THREE), a.text);
    }

    @Test
    void bylineAndUpdateUnderAStandfirstAreNotBodyText() {
        Article a = parser.parse(page("https://people.example/reviews/best-cameras", "Best cameras", "",
                "<main><p>" + STANDFIRST + "</p>"
                        + "<p>By Mara Quint, Security Expert &amp; Leo Vance, Home Expert Last Updated on Feb 27, 2026</p>"
                        + paragraphs(ONE, TWO, THREE) + "</main>"));
        assertEquals(String.join("\n\n", STANDFIRST, ONE, TWO, THREE), a.text);
    }

    @Test
    void aDateHeadingAListItemStays() {
        Article a = parser.parse(page("https://people.example/events", "Events", "",
                "<main>" + paragraphs(ONE) + "<p>March 16, 2026</p><h3>People Operations Summit</h3>"
                        + paragraphs(TWO, THREE) + "</main>"));
        assertEquals(String.join("\n\n", ONE, "March 16, 2026", "People Operations Summit", TWO, THREE), a.text);
    }

    @Test
    void aSentenceOpeningWithByUnderTheStandfirstStays() {
        String by = "By Tuesday, most residents had left the island for the mainland.";
        Article a = parser.parse(page("https://people.example/news/island", "Island", "",
                "<main>" + paragraphs(STANDFIRST, by, ONE, TWO) + "</main>"));
        assertEquals(String.join("\n\n", STANDFIRST, by, ONE, TWO), a.text);
    }

    @Test
    void sectionHeadingsUnderTheStandfirstStay() {
        Article a = parser.parse(page("https://people.example/guides/commute", "Commute", "",
                "<main>" + paragraphs(STANDFIRST) + "<h2>By Bus</h2>" + paragraphs(ONE) + "<h2>By Bike</h2>" + paragraphs(TWO) + "</main>"));
        assertEquals(String.join("\n\n", STANDFIRST, "By Bus", ONE, "By Bike", TWO), a.text);
    }
}
