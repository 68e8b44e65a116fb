package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** Short lines of an article typed as {@code <br>}-separated text ({@link LineBreakParagraphs}). */
class LineBreakParagraphsTest {
    private static final String ONE = "Pack the night before, and weigh the bag: most walkers carry far more than they need.";
    private static final String TWO = "Water is the heaviest thing in the pack, so plan the day around the streams on the map.";
    private static final String THREE = "A light tent and a warm sleeping bag matter more than any gadget you could take along.";
    /** Paragraphs in their own elements: most of the article's prose, so that loose lines are not the norm. */
    private static final String INTRO = "<p>Every summer the same question comes up on the forum: what do you really need?</p>"
            + "<p>We asked the rangers at the three huts on the ridge, who see hundreds of walkers each month.</p>"
            + "<p>Their answers were short, practical and, for most of us, a little humbling to read.</p>";

    private static final String INTRO_TEXT = String.join("\n\n",
            "Every summer the same question comes up on the forum: what do you really need?",
            "We asked the rangers at the three huts on the ridge, who see hundreds of walkers each month.",
            "Their answers were short, practical and, for most of us, a little humbling to read.");

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = "<html><head><title>What to pack</title></head><body><header><nav><a href=/>Home</a></nav></header>"
                + "<article><h1>What to pack</h1>" + INTRO + content + "</article></body></html>";
        Article a = parser.parse(document("https://trail-notes.example/pack", html));
        return a.text;
    }

    @Test
    void linesBetweenParagraphsOfOneElementAreText() {
        assertEquals(String.join("\n\n", INTRO_TEXT, ONE, TWO, "- Tent and poles", "- Stove and fuel", "- Water filter", THREE),
                text("<p>" + ONE + "</p><div class=articletext>" + TWO
                        + "<br><br>- Tent and poles<br>- Stove and fuel<br>- Water filter<br><br>" + THREE + "</div>"));
    }

    @Test
    void labelsBesideTheParagraphsAreDropped() {
        assertEquals(String.join("\n\n", INTRO_TEXT, ONE, TWO, THREE),
                text("<p>" + ONE + "</p><div class=meta><span>Gear</span></div><p>" + TWO
                        + "</p><div class=price>From 45 EUR</div><div class=articletext>" + THREE + "<br>Tent and poles</div>"));
    }
}
