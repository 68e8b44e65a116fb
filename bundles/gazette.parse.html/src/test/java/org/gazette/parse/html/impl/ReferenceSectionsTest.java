package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** A list of references that closes one section of an article, not the article ({@link ReferenceSections}). */
class ReferenceSectionsTest {
    private static final String ONE = "Composting at home turns kitchen scraps into soil within a few months, with little work.";
    private static final String TWO = "A bin with a lid keeps out animals, and turning the heap once a week keeps it from smelling.";
    private static final String THREE = "Brown material such as dry leaves balances wet scraps and keeps the heap light and airy.";
    private static final String FOUR = "Coffee grounds can go on the heap too, along with the paper filters they were brewed in.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = "<html><head><title>Composting at home</title></head><body><header><nav><a href=/>Home</a></nav>"
                + "</header><article><h1>Composting at home</h1>" + content + "</article></body></html>";
        Article a = parser.parse(document("https://green-home.example/compost", html));
        return a.text;
    }

    @Test
    void theArticleGoesOnAfterTheReferencesOfASection() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE, "Coffee on the heap", FOUR),
                text("<p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p><h2>References</h2><ol><li>Home composting guide</li>"
                        + "<li>Garden soil handbook</li></ol><h2>Coffee on the heap</h2><p>" + FOUR + "</p>"));
    }

    @Test
    void referencesAtTheEndAreDropped() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR),
                text("<p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p><p>" + FOUR + "</p><h2>References</h2><ol>"
                        + "<li>Home composting guide</li><li>Garden soil handbook</li></ol><h3>Notes</h3><p>Fig. 1</p>"));
    }
}
