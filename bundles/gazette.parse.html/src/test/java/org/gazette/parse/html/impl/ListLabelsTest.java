package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The label of a plain-text list right after it, a review's pros and cons ({@link ListLabels}). */
class ListLabelsTest {
    private static final String INTRO = "<p>A gooseneck kettle pours slowly and steadily, which is what a pour-over brew needs.</p>"
            + "<p>We filled, heated and poured with eight kettles over three weeks of morning coffee.</p>";
    private static final String INTRO_TEXT = String.join("\n\n",
            "A gooseneck kettle pours slowly and steadily, which is what a pour-over brew needs.",
            "We filled, heated and poured with eight kettles over three weeks of morning coffee.");
    private static final String AFTER = "<p>The handle stays cool and the lid sits firmly, even when the kettle is full to the line.</p>";
    private static final String AFTER_TEXT = "The handle stays cool and the lid sits firmly, even when the kettle is full to the line.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = "<html><head><title>Best kettles</title></head><body><header><nav><a href=/>Home</a></nav></header>"
                + "<article><h1>The best gooseneck kettles</h1>" + INTRO + content + AFTER + "</article></body></html>";
        Article a = parser.parse(document("https://brew-notes.example/kettles", html));
        return a.text;
    }

    @Test
    void labelsOfProsAndConsListsAreText() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "What we like", "Holds the temperature", "Precise spout",
                "Something to note", "Small capacity", AFTER_TEXT),
                text("<div class=pros-cons><div class=pros-cons__label>What we like</div>"
                        + "<ul><li>Holds the temperature</li><li>Precise spout</li></ul>"
                        + "<div class=pros-cons__label>Something to note</div><ul><li><p>Small capacity</p></li></ul></div>"));
    }

    /** The links among the paragraphs stay as they would without the label (a linked product list). */
    @Test
    void labelsOfLinkListsAndLabelsBeforeOtherBlocksAreNot() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "Our picks", "How we tested", AFTER_TEXT),
                text("<div class=toc-label>In this article</div><ul><li><a href=/picks>Our picks</a></li>"
                        + "<li><a href=/method>How we tested</a></li></ul><div class=price>$49.99</div>"));
        assertEquals(String.join("\n\n", INTRO_TEXT, AFTER_TEXT),
                text("<div class=spec>Capacity</div><div class=spec-value>1 litre</div>"));
    }
}
