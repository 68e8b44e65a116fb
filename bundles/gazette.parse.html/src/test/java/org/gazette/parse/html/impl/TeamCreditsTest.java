package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** A byline that credits the site's team ("Acme Staff") is the author when the page names no person. */
class TeamCreditsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "Grind the beans just before brewing and keep the water below boiling point. ".repeat(5) + "</p>";

    private Article parse(String head, String byline) {
        return parser.parse(unhinted("https://brewhouse.example/blog/grinding",
                "<html><head>" + head + "</head><body><main><h1>How fine to grind</h1>" + byline + TEXT + "</main></body></html>"));
    }

    @Test
    void aTeamInTheBylineIsTheAuthor() {
        Article a = parse("", "<p class=\"authorName\">Brewhouse Staff</p>");
        assertEquals(List.of("Brewhouse Staff"), a.authors);
        assertEquals("byline (team)", a.provenance.get("authors"));
        assertEquals(List.of("the Brewhouse Team"), parse("", "<span class=\"hero__author\">By the Brewhouse Team</span>").authors);
        assertEquals(List.of("The Brewhouse editors"), parse("", "<h4 class=\"author-name\">By <a href=\"/editors\">The Brewhouse editors</a></h4>").authors);
        assertEquals(List.of("Staff"), parse("", "<div itemprop=\"author\"><a href=\"/author/staff/\">Staff</a></div>").authors);
        assertEquals(List.of("Rédaction Brewhouse"), parse("", "<div class=\"byline\">Par Rédaction Brewhouse</div>").authors);
    }

    @Test
    void aPersonNamedAnywhereBeatsTheTeam() {
        assertEquals(List.of("Nadia Quell"), parse("<meta name=\"author\" content=\"Nadia Quell\">", "<p class=\"authorName\">Brewhouse Staff</p>").authors);
        assertEquals(List.of("Nadia Quell"), parse("", "<p class=\"authorName\">Brewhouse Staff</p><p>By Nadia Quell</p>").authors);
    }

    @Test
    void otherTextsInBylineBoxesCreditNoTeam() {
        assertNull(parse("", "<div class=\"author-box\">Join our team</div>").authors);
        assertNull(parse("", "<div class=\"author-box\">Staff picks for this week and more from the shop</div>").authors);
    }
}
