package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.junit.jupiter.api.Test;

/** Authors named only by a "By ..." line under the headline, with no author markup. */
class BylineTextTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void aByLineUnderTheHeadline() throws Exception {
        Document d = new Document();
        d.url = "https://news.example/harbour";
        d.mediaType = "text/html";
        d.content = ("<html><body><main><h1>Harbour plan approved</h1><p><strong>By Ann Reed and Tom Baker</strong></p>"
                + "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>"
                + "<p>By providing your email you agree to our terms.</p></main></body></html>").getBytes(StandardCharsets.UTF_8);
        Article a = parser.parse(d);
        assertEquals(List.of("Ann Reed", "Tom Baker"), a.authors);
        assertEquals("byline text", a.provenance.get("authors"));
    }
}
