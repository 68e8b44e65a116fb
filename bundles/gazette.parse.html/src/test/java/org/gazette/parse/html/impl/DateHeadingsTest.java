package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A date or a byline that a template sets as a small heading above the text ({@link Edges}):
 * {@code <h5 class="preheadline">January 23, 2025</h5>}, {@code <h6>By Jane Doe</h6>} is the post's
 * meta line, not a section of it; a heading with words of its own stays.
 */
class DateHeadingsTest {

    private static final String ONE = "Putting panels on a roof takes a permit, an inspection and a day or two of work on site.";
    private static final String TWO = "Most installers handle the paperwork, but it helps to know what each step is for.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void dateSetAsAHeadingIsNotBodyText() {
        Article a = parser.parse(page("https://sun.example/insight/solar-steps", "Solar steps", "",
                "<main><div class=hero-text><h5 class=hero-preheadline>January 23, 2025</h5></div>"
                        + "<div class=body>" + paragraphs(ONE, TWO) + "</div></main>"));
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void bylineSetAsAHeadingIsNotBodyText() {
        Article a = parser.parse(page("https://sun.example/insight/solar-steps", "Solar steps", "",
                "<main><div class=wysiwyg><h6>By Nora Field</h6>" + paragraphs(ONE, TWO) + "</div></main>"));
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void headingWithWordsOfItsOwnStays() {
        Article a = parser.parse(page("https://sun.example/insight/solar-steps", "Solar steps", "",
                "<main><h5>Before you start in 2025</h5>" + paragraphs(ONE, TWO) + "</main>"));
        assertEquals(String.join("\n\n", "Before you start in 2025", ONE, TWO), a.text);
    }

    @Test
    void sectionHeadingsThatOpenWithByStay() {
        // a travel guide's sections: "By Air" names no one, though it reads like a byline
        Article a = parser.parse(page("https://sun.example/guides/getting-to-lisbon", "Getting to Lisbon", "",
                "<main><h2>By Air</h2>" + paragraphs(ONE) + "<h2>By Train</h2>" + paragraphs(TWO) + "</main>"));
        assertEquals(String.join("\n\n", "By Air", ONE, "By Train", TWO), a.text);
    }
}
