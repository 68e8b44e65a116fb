package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** Side notes set in an {@code aside} among an article's paragraphs ({@link InlineAsides}). */
class InlineAsidesTest {
    private static final String ONE = "The new ferry made its first crossing on Saturday, carrying two hundred passengers.";
    private static final String TWO = "The old boat had served the island for thirty-one years before it was retired in May.";
    private static final String THREE = "Tickets cost the same as last year, and the timetable adds a late sailing on Fridays.";
    private static final String NOTE = "Battery ferries charge at the quay while cars load, in about twelve minutes a crossing.";
    private static final String PAGE_HEAD = "<html><head><title>New ferry sails</title></head><body>"
            + "<header><nav><a href=/>Home</a> <a href=/island>Island</a></nav></header><main><article>"
            + "<h1>New ferry sails</h1><div class=entry-content>";
    private static final String PAGE_TAIL = "</div></article><aside class=sidebar><h3>Most read</h3>"
            + "<p>A summary of the week's most read stories from around the islands and the coast.</p></aside>"
            + "</main></body></html>";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = PAGE_HEAD + content + PAGE_TAIL;
        Article a = parser.parse(document("https://island-news.example/ferry", html));
        return a.text;
    }

    @Test
    void aNoteAmongTheParagraphsIsText() {
        assertEquals(String.join("\n\n", ONE, TWO, "How the batteries charge", NOTE, THREE),
                text("<p>" + ONE + "</p><p>" + TWO + "</p><aside class=note><h3>How the batteries charge</h3><p>" + NOTE
                        + "</p></aside><p>" + THREE + "</p>"));
    }

    @Test
    void aBoxWithAButtonStaysAside() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE),
                text("<p>" + ONE + "</p><p>" + TWO + "</p><aside class=note><h3>Sail with us</h3><p>" + NOTE
                        + "</p><a href=/book>Book a crossing</a></aside><p>" + THREE + "</p>"));
    }

    @Test
    void aPullQuoteStaysAside() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE),
                text("<p>" + ONE + "</p><aside class=quote>" + NOTE + "</aside><p>" + TWO + "</p><p>" + THREE + "</p>"));
    }

    @Test
    void aBoxAfterTheLastParagraphStaysAside() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE),
                text("<p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p><aside class=note><h3>About the boat</h3><p>"
                        + NOTE + "</p></aside>"));
    }

    /** The container is searched for an aside only until the first: a later, deeper one still counts. */
    @Test
    void aNestedNoteAfterAPullQuoteIsText() {
        assertEquals(String.join("\n\n", ONE, TWO, "How the batteries charge", NOTE, THREE),
                text("<p>" + ONE + "</p><aside class=quote>Quiet and clean</aside><p>" + TWO
                        + "</p><div><section><aside class=note><h3>How the batteries charge</h3><p>" + NOTE
                        + "</p></aside></section></div><p>" + THREE + "</p>"));
    }
}
