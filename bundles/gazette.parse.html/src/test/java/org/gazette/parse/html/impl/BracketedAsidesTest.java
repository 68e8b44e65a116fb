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
 * Paragraphs in square brackets ({@link BracketedAsides}): an unexpanded shortcode and an aside of links
 * go; a bracketed note about the article and a bracketed label stay.
 */
class BracketedAsidesTest {

    private static final String ONE = "Most small firms close their books once a year, which leaves eleven months of guesswork.";
    private static final String TWO = "A monthly close takes an afternoon once the bank feeds and receipts flow into one ledger.";
    private static final String THREE = "Owners who switched told us the first quarter was the hardest, and the rest ran itself.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://smallbiz.example/guides/monthly-close", "Why a monthly close pays off", "", body));
    }

    @Test
    void unexpandedShortcodesGo() {
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE) + "<p>[newsletter_signup form=\"1630175\"]</p>"
                + paragraphs(TWO) + "<p>[CTA_MODULE]</p>" + paragraphs(THREE) + "<p>[gallery ids=\"12,13,14\"]</p></div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void bracketedLinkAsidesGoInAnyLanguage() {
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE)
                + "<p>[Read more: <a href=\"/guides/chart-of-accounts\">How to set up a chart of accounts</a>]</p>" + paragraphs(TWO)
                + "<p>[ Lesen Sie auch: <a href=\"/de/buchhaltung\">Buchhaltung für Gründer</a> ]</p>" + paragraphs(THREE)
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void bracketedNotesAndLabelsStay() {
        String note = "[Editor's note: the chart below compares the two methods over a full year.]";
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE, note) + "<p>[Video]</p>" + paragraphs(TWO, THREE)
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, note, "[Video]", TWO, THREE), a.text);
    }

    @Test
    void shortcodesAreToldFromBracketedWords() {
        assertTrue(BracketedAsides.isShortcode("[convertkit form=1630175]"));
        assertTrue(BracketedAsides.isShortcode("[CTA_MODULE]"));
        assertTrue(BracketedAsides.isShortcode("[contact-form-7 id=\"42\" title=\"Contact\"]"));
        assertTrue(BracketedAsides.isShortcode("[embed]https://video.example/watch/123[/embed]"));
        assertTrue(BracketedAsides.isShortcode("[ad_slot] [ad_slot]"));
        assertFalse(BracketedAsides.isShortcode("[Video]"));
        assertFalse(BracketedAsides.isShortcode("[Read more here]"));
        assertFalse(BracketedAsides.isShortcode("[1]"));
        assertFalse(BracketedAsides.isShortcode("[Updated 10:45] and more"));
        assertFalse(BracketedAsides.isShortcode("[Co-Founder]"));
    }
}
