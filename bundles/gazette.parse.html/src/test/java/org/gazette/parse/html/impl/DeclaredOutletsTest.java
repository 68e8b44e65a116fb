package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The outlet that news networks write into the author field beside the people ("Jane Doe and John Roe, The Courier"). */
class DeclaredOutletsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The county fair returns to the riverside grounds with a larger livestock show. ".repeat(5) + "</p>";

    private Article parse(String author, String publisher) {
        String jsonLd = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"The fair is back\",\"author\":{\"@type\":\"Person\",\"name\":\"" + author + "\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + publisher + "\"}}</script>";
        return parser.parse(unhinted("https://valley-courier.example/story/fair",
                "<html><head>" + jsonLd + "</head><body><main><h1>The fair is back</h1>" + TEXT + "</main></body></html>"));
    }

    @Test
    void thePublisherNamedBesideThePeopleIsNoCoAuthor() {
        assertEquals(List.of("Ines Harrow", "Tom Webb"), parse("Ines Harrow and Tom Webb, The Valley Courier", "The Valley Courier").authors);
        assertEquals(List.of("Ines Harrow"), parse("Ines Harrow, The Valley Courier", "The Valley Courier").authors);
    }

    @Test
    void anotherNameAfterTheCommaIsACoAuthor() {
        assertEquals(List.of("Ines Harrow", "Tom Webb"), parse("Ines Harrow, Tom Webb", "The Valley Courier").authors);
    }
}
