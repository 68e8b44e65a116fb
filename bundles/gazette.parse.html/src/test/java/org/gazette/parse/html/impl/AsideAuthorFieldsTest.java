package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The author field of a facts box beside the text ({@code <aside>} of label headings and values), as report pages print it. */
class AsideAuthorFieldsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    /** Paragraphs enough that the facts box after them is no line under the headline. */
    private static final String TEXT = ("<p>" + "Regional grids need storage that lasts through a windless week in winter. ".repeat(3) + "</p>").repeat(30);

    private Article parse(String aside) {
        return parser.parse(unhinted("https://policy-institute.example/reports/grid-storage",
                "<html><head><title>Storage for the grid</title></head><body><main><article><h1>Storage for the grid</h1>"
                        + "<div class=\"report-body\">" + TEXT + "</div>" + aside + "</article></main></body></html>"));
    }

    private static String factsBox(String authorField) {
        return "<aside class=\"report-facts\"><div class=\"facts__item\"><h6>Publication Type</h6>Report</div>"
                + "<div class=\"facts__item\"><h6>Date</h6><p>November 2003</p></div>"
                + "<div class=\"facts__item\">" + authorField + "</div></aside>";
    }

    @Test
    void theAuthorFieldOfAFactsBoxNamesTheAuthors() {
        Article a = parse(factsBox("<h3>Author</h3><p>  Lena M. Ortiz</p>"));
        assertEquals(List.of("Lena M. Ortiz"), a.authors);
        assertEquals("aside field", a.provenance.get("authors"));
        assertEquals(List.of("Lena M. Ortiz", "Tomas K. Berg"), parse(factsBox("<h6>Author(s)</h6><ul>"
                + "<li><a href=\"/library/?_author=Lena\">Lena M. Ortiz</a></li><li><a href=\"/library/?_author=Tomas\">Tomas K. Berg</a></li></ul>")).authors);
        assertEquals(List.of("Lena M. Ortiz"), parse(factsBox("<dt>Autor:</dt><dd>Lena M. Ortiz</dd>")).authors);
    }

    @Test
    void theAuthorLabelsOfEveryBylineRule() {
        // the labels of BylineWords.AUTHOR_LABELS, which Bylines reads before a name
        assertEquals(List.of("Lena Ortiz", "Tomas Berg"), parse(factsBox("<h6>Autoři</h6><ul><li>Lena Ortiz</li><li>Tomas Berg</li></ul>")).authors);
        assertEquals(List.of("Lena Ortiz"), parse(factsBox("<h3>Szerző</h3><p>Lena Ortiz</p>")).authors);
    }

    @Test
    void otherSidebarListsAndBylinesElsewhere() {
        // a sidebar that lists topics under "Authors" names nobody
        assertNull(parse(factsBox("<h3>Authors</h3><ul><li><a href=\"/a\">See all of our experts and their work</a></li><li>More</li></ul>")).authors);
        // a label that only starts the heading is another field
        assertNull(parse(factsBox("<h3>Author of the month</h3><p>Lena M. Ortiz</p>")).authors);
        // a byline in the article comes first
        assertEquals(List.of("Nadia Quell"), parse("<p class=\"byline\">By Nadia Quell</p>" + factsBox("<h3>Author</h3><p>Lena M. Ortiz</p>")).authors);
    }
}
