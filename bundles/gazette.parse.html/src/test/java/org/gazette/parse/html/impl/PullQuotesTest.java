package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Pull quotes: a sentence of the text printed again as a quotation between the paragraphs
 * ({@link PullQuotes}), and quotations that no paragraph repeats, which stay.
 */
class PullQuotesTest {

    private static final String ONE = "Most small bakeries start with one oven and a market stall on Saturdays.";
    private static final String SOURCE = "Margins are thin at first. Flour is the cheap part; your hours are the expensive part, "
            + "and nobody pays for them twice. That is why the first year is mostly about learning your own costs.";
    private static final String PULLED = "Flour is the cheap part; your hours are the expensive part, and nobody pays for them twice.";
    private static final String THREE = "A second oven pays off once the stall sells out before noon three weeks running.";
    private static final String FOUR = "Wholesale orders to cafés smooth the week, but they set your prices for you.";
    private static final String CITED = "Bread is the one product every customer buys again within the same week, whatever the season.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.bakers-notes.example/first-year", "The first year of a bakery", "", body));
    }

    @Test
    void sentenceOfTheTextQuotedAgainIsGivenOnce() {
        String pull = "<figure class=\"wp-block-pullquote\"><blockquote><p>\u201C" + PULLED + "\u201D</p></blockquote></figure>";
        String plain = "<blockquote class=\"quote-large\"><h4><span>\u201C" + PULLED + "\u201D</span></h4></blockquote>";
        String inline = "<div class=\"article-pull-quote\"><div class=wrapper><span class=icon-quote></span><q>" + PULLED
                + "</q></div></div>";
        for (String quote : new String[] {pull, plain, inline}) {
            Article a = parse("<article><div class=entry-content>" + paragraphs(ONE, SOURCE) + quote + paragraphs(THREE, FOUR)
                    + "</div></article>");
            assertEquals(String.join("\n\n", ONE, SOURCE, THREE, FOUR), a.text);
        }
    }

    @Test
    void quotationsThatNoParagraphRepeatsStay() {
        // a cited quote; a quote's bold title that opens the next paragraph; a sentence of a quoted essay quoted again
        String cited = "<blockquote><p>" + CITED + "</p></blockquote>";
        String titled = "<blockquote><p><strong>Costs come before prices in every bakery</strong></p></blockquote><p>Costs come before prices in every bakery: "
                + FOUR + "</p>";
        String essay = "<blockquote><p>" + SOURCE + "</p></blockquote><p>" + THREE + "</p><blockquote><p>" + PULLED
                + "</p></blockquote>";
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE) + cited + titled + essay + "</div></article>");
        assertTrue(a.text.contains(CITED), a.text);
        assertTrue(a.text.contains("Costs come before prices in every bakery\n\n"), a.text);
        assertTrue(a.text.endsWith(THREE + "\n\n" + PULLED), a.text);
        assertFalse(a.text.contains(PULLED + "\n\n" + PULLED), a.text);
    }

    @Test
    void aParagraphNoLongerThanTheQuoteIsNotItsSource() {
        // the quoted sentence is printed again later as a paragraph of its own, no longer than the quote: not a pull quote of it
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE) + "<blockquote><p>" + CITED + "</p></blockquote>"
                + paragraphs(THREE, CITED, FOUR) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, CITED, THREE, CITED, FOUR), a.text);
    }
}
