package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The section label above a post's text in an element named as one ({@link TopicLabels}): a kicker,
 * the post's category, its tags. Told by the class, in any language; a longer line in such an
 * element, a label among the paragraphs and a short line under another name stay.
 */
class TopicLabelsTest {

    private static final String ONE = "Compost heaps need air, water and a mix of green and brown waste to break down well.";
    private static final String TWO = "Turning the heap every few weeks keeps it warm and stops it from starting to smell.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://garden.example/guides/compost", "Compost basics", "", body));
    }

    @Test
    void categoryAboveTheTextGoes() {
        Article a = parse("<main><h1>Compost basics for small gardens</h1>"
                + "<p class=\"LongForm_category__x7Kq\">Sustainability</p>" + paragraphs(ONE, TWO) + "</main>");
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void kickerInAnotherLanguageGoes() {
        Article a = parse("<main><h1>Compost basics for small gardens</h1>"
                + "<p class=\"Preview__Kicker\">Jardinería</p>" + paragraphs(ONE, TWO) + "</main>");
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void tagListAboveTheTextGoes() {
        // the class is on the list only: each item's line is named by its parent
        Article a = parse("<main><h1>Compost basics for small gardens</h1><ul class=post-topics>"
                + "<li>Soil</li><li>Waste</li></ul>" + paragraphs(ONE, TWO) + "</main>");
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void longerLineInSuchAnElementStays() {
        Article a = parse("<main><h1>Compost basics for small gardens</h1>"
                + "<p class=topic-intro>What goes in the heap and what stays out</p>" + paragraphs(ONE, TWO) + "</main>");
        assertEquals(String.join("\n\n", "What goes in the heap and what stays out", ONE, TWO), a.text);
    }

    @Test
    void shortLineUnderAnotherNameStays() {
        Article a = parse("<main><h1>Compost basics for small gardens</h1>"
                + "<p class=note>Sustainability</p>" + paragraphs(ONE, TWO) + "</main>");
        assertEquals(String.join("\n\n", "Sustainability", ONE, TWO), a.text);
    }

    @Test
    void labelAmongTheParagraphsStays() {
        Article a = parse("<main><h1>Compost basics for small gardens</h1>" + paragraphs(ONE)
                + "<p class=category-note>Brown waste</p>" + paragraphs(TWO) + "</main>");
        assertEquals(String.join("\n\n", ONE, "Brown waste", TWO), a.text);
    }
}
