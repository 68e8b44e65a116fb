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
 * Placeholder text a template was published with ({@link PlaceholderText}): the filler goes with
 * its unfilled component; a section that quotes it once, and an article about it, keep their text.
 */
class PlaceholderTextTest {

    private static final String ONE = "Each year the rankings compare the hundred largest insurers by their combined ratio.";
    private static final String TWO = "This year, regional carriers moved up: six of the top ten write most of their premiums in one state.";
    private static final String THREE = "Clients can download the full tables, with the method behind every score, from the research portal.";
    private static final String LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
            + "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String title, String body) {
        return parser.parse(page("https://research.example/2025-rankings", title, "", body));
    }

    /** A page builder's four-column section never filled: heading, columns of stand-in headings, filler and buttons. */
    private static String unfilledSection() {
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            columns.append("<div class=\"col-md\"><h5>Head Line ").append(i).append("</h5><p class=body-text>").append(LOREM)
                    .append("</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul><a href=\"#\" class=\"cta-btn\">Learn More</a></div>");
        }
        return "<section class=\"four-col-typography\"><div class=row><div class=col-12><h3>Lorem Ipsum</h3><p>" + LOREM
                + "</p><div class=row>" + columns + "</div></div></div></section>";
    }

    @Test
    void unfilledComponentGoesWithItsStandInHeadings() {
        Article a = parse("2025 insurer performance rankings", "<main><section class=intro>" + paragraphs(ONE, TWO) + "</section>"
                + unfilledSection() + "<section class=outro>" + paragraphs(THREE) + "</section></main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void wrapperAroundTheArticleAndAnUnfilledBoxKeepsTheArticle() {
        // the filler outweighs the text inside the wrapper, but the wrapper holds the article's paragraphs
        StringBuilder quotes = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            quotes.append("<blockquote><p>").append(LOREM).append("</p></blockquote>");
        }
        Article a = parse("2025 insurer performance rankings", "<main><div class=container><div class=entry>" + paragraphs(ONE, TWO, THREE)
                + "</div><div class=testimonials><h3>What our clients say</h3>" + quotes + "</div></div></main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void sectionQuotingTheFillerOnceKeepsItsOtherParagraphs() {
        String quoted = "<div class=section>" + paragraphs(ONE) + "<blockquote><p>" + LOREM + "</p></blockquote>" + paragraphs(TWO, THREE)
                + "</div>";
        Article a = parse("Why mock-ups ship with Latin in them", "<article>" + quoted + "</article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void articleAboutTheFillerKeepsIt() {
        Article a = parse("Where Lorem Ipsum comes from", "<article>" + paragraphs(ONE, LOREM, TWO) + "</article>");
        assertTrue(a.text.contains(LOREM), a.text);
    }

    @Test
    void fillerIsToldByItsWordsNotByOneLatinWord() {
        assertTrue(PlaceholderText.isFiller(LOREM));
        assertTrue(PlaceholderText.isFiller("Lorem ipsum 3"));
        assertTrue(PlaceholderText.isFiller("Vestibulum ante ipsum primis in faucibus orci luctus et ultrices."));
        assertFalse(PlaceholderText.isFiller("Ipsum et al."));
        assertFalse(PlaceholderText.isFiller("The museum's ipsum collection: a catalogue of Latin stand-in texts, dated 1914."));
        assertFalse(PlaceholderText.isFiller(TWO));
    }
}
