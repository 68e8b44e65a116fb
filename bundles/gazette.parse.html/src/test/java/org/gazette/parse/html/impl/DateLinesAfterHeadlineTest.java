package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The date and byline lines under a headline long enough to count as prose ({@link Edges}): the
 * headline is no paragraph of the article, so the lines after it still stand before its text.
 */
class DateLinesAfterHeadlineTest {

    private static final String HEADLINE = "Introducing Tern: a smaller, faster model for reading scanned tax forms";
    private static final String ONE = "Scanned forms are still how most small firms send their paperwork, and they are hard to read.";
    private static final String TWO = "Tern reads a page in under a second on a laptop and gets the boxes right nine times in ten.";
    private static final String THREE = "We are releasing the weights and the evaluation set today, with a short report on both.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void dateAndBylineUnderALongHeadlineAreNotBodyText() {
        Article a = parser.parse(page("https://lab.example/blog/tern", "Tern | Lab blog", "",
                "<main><div class=post><h1 class=post-title>" + HEADLINE + "</h1>"
                        + "<div class=meta-row><p class=small>December 15, 2025</p><p class=small>By Ana Lima</p></div>"
                        + "<div class=body>" + paragraphs(ONE, TWO, THREE) + "</div></div></main>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text); // the headline is the title
    }
}
