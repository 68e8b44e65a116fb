package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Cards whose whole box is one link, among an article's paragraphs ({@link LinkedCards}), and
 * links around a heading alone or to a place on the page, which stay.
 */
class LinkedCardsTest {

    private static final String ONE = "Quote by the project, not by the hour, once you know how long a typical job takes you.";
    private static final String TWO = "Write the scope down in plain words and send it before any work starts, every single time.";
    private static final String THREE = "Raise your rates each January by a little, and tell your regular clients a month ahead.";
    private static final String FOUR = "Keep a list of every job with its hours and its price, so that next year's quotes start from facts.";
    private static final String FIVE = "Say no to work below your floor; the time it takes is time you cannot sell to a better client.";
    private static final String PITCH = "Our workshop notes on pricing, with the questions from the audience and the answers we gave.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.freelance-desk.example/pricing", "Pricing freelance work", "", body));
    }

    @Test
    void featuredPostCardAmongTheParagraphsIsNotBodyText() {
        String card = "<div class=callout><a class=callout__link href=\"https://www.freelance-desk.example/workshop\">"
                + "<div class=callout__body><h4 class=callout__title>Pricing workshop recap</h4>"
                + "<p class=callout__snippet>" + PITCH + "</p></div></a></div>";
        Article a = parse("<article><div class=post-body>" + paragraphs(ONE, TWO) + card + paragraphs(THREE, FOUR, FIVE)
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR, FIVE), a.text);
    }

    @Test
    void linkedHeadingsAndToggleLinksStay() {
        String product = "<a href=\"https://shop.example/ledger\"><h3>Paper ledger</h3></a><p>" + TWO + "</p>";
        String toggle = "<a href=\"#answer\" class=accordion-button><h3>What about deposits?</h3><p>" + PITCH + "</p></a>";
        Article a = parse("<article><p>" + ONE + "</p>" + product + toggle + paragraphs(THREE, FOUR, FIVE) + "</article>");
        assertTrue(a.text.contains("Paper ledger\n\n" + TWO), a.text);
        assertTrue(a.text.contains(PITCH), a.text);
    }
}
