package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The "By ..." line under the headline against the account that the metadata declares. */
class HeadlineBylinesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The ferry timetable changes on Monday, with two more crossings each evening. ".repeat(5) + "</p>";

    private Article parse(String declared, String underHeadline) {
        String jsonLd = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
                + "\"headline\":\"Evening ferries return\",\"author\":{\"@type\":\"Person\",\"name\":\"" + declared + "\"}}</script>";
        return parser.parse(unhinted("https://harbour-news.example/ferries",
                "<html><head>" + jsonLd + "</head><body><main><h1>Evening ferries return</h1>" + underHeadline + TEXT + "</main></body></html>"));
    }

    @Test
    void theBylineUnderTheHeadlineBeatsTheAccountThatPosted() {
        Article a = parse("KatieW", "<p>by <a href='/authors/ines-harrow/'>Ines Harrow</a></p><span class='date'>Oct 22, 2025</span>");
        assertEquals(List.of("Ines Harrow"), a.authors);
        assertEquals("byline text (not the declared author)", a.provenance.get("authors"));
        assertEquals(List.of("Ines Harrow"), parse("Tom Webb", "<div class='by-div'><p>By: Ines Harrow</p></div>").authors);
    }

    @Test
    void aBylineThatSharesAWordWithTheDeclaredNameWritesTheSamePerson() {
        // the metadata's spelling, with credentials, stays
        assertEquals(List.of("Ines Harrow, MD"), parse("Ines Harrow, MD", "<p>By Ines Harrow</p>").authors);
        assertEquals(List.of("Ines Harrow"), parse("Ines Harrow", "<p>By Ines Harrow Senior Editor</p>").authors);
    }

    @Test
    void aTeasersBylineInAListIsNotTheArticles() {
        Article a = parse("Tom Webb", "<ul class='latest'><li><a href='/tides'>Spring tides</a><span>by <a href='/author/ola'>Ola Brenn</a></span></li></ul>");
        assertEquals(List.of("Tom Webb"), a.authors);
    }

    @Test
    void anArchiveLinkToTheEditorOrTheReviewerIsNoByline() {
        assertEquals(List.of("Tom Webb"), parse("Tom Webb", "<p>Edited by <a href='/author/ann-reed/'>Ann Reed</a></p>").authors);
        assertEquals(List.of("Tom Webb"), parse("Tom Webb",
                "<div class='meta'><span>Medically reviewed by</span> <span><a href='/authors/ann-reed'>Ann Reed</a></span></div>").authors);
    }

    @Test
    void anArchiveLinkToAnotherWriterSaysWhereItCameFrom() {
        Article a = parse("KatieW", "<div><a href='/author/ann-reed/'>Ann Reed</a></div>");
        assertEquals(List.of("Ann Reed"), a.authors);
        assertEquals("author link (not the declared author)", a.provenance.get("authors"));
    }
}
