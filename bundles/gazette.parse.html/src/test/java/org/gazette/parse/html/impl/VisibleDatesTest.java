package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.junit.jupiter.api.Test;

/** Publication dates that pages show without declaring them. */
class VisibleDatesTest {
    private static final String PARAGRAPHS = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String url, String body) throws Exception {
        Document d = new Document();
        d.fetched = "2023-09-14T12:30:45+02:00";
        d.url = url;
        d.mediaType = "text/html";
        d.content = ("<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        return parser.parse(d);
    }

    @Test
    void aDateNamedElementInTheArticleHeader() throws Exception {
        Article a = parse("https://news.example/harbour", "<nav><span class=\"date\">Monday, 1 January 2024</span></nav>"
                + "<article><h1>Harbour plan approved</h1><div class=\"entry-meta\">Posted on <span>September 14, 2023</span> by Ann Reed</div>"
                + PARAGRAPHS + "</article>");
        assertEquals("2023-09-14", a.published);
        assertEquals("date element", a.provenance.get("published"));
    }

    @Test
    void aDatelineRightAfterTheHeading() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><h1>Harbour plan approved</h1><p>09/13/2023 10:38 AM</p>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-13T10:38:00", a.published);
        assertEquals("text after h1", a.provenance.get("published"));
    }

    @Test
    void hoursAgoAgainstTheFetchTime() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><h1>Harbour plan approved</h1><span class=\"timestamp\">2 hours ago</span>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-14T10:30:00+02:00", a.published);
    }

    @Test
    void theUrlPathAsALastResort() throws Exception {
        Article a = parse("https://news.example/2023/09/14/harbour-plan-approved/", "<main><h1>Harbour plan approved</h1>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-14", a.published);
        assertEquals("url", a.provenance.get("published"));
    }
}
