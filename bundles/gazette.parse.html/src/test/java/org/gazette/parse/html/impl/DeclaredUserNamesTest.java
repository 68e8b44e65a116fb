package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** Authors a CMS declares by the account that posted: a user name, kept when the page names nobody else. */
class DeclaredUserNamesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The allotment society met on Tuesday to share out the new plots by the river. ".repeat(5) + "</p>";

    private Article parse(String head, String body) {
        return parser.parse(unhinted("https://gardens.example/plots",
                "<html><head>" + head + "</head><body><main><h1>New plots</h1>" + body + TEXT + "</main></body></html>"));
    }

    @Test
    void aUserNameInTheMetaTagsIsTheAuthorWhenThePageNamesNobody() {
        Article a = parse("<meta name=author content='mwoodley'>", "");
        assertEquals(List.of("mwoodley"), a.authors);
        assertEquals("meta:author (user name)", a.provenance.get("authors"));
        assertEquals(List.of("jane.q.potter"), parse("<meta name=author content='jane.q.potter'>", "").authors);
    }

    @Test
    void aNameTypedInLowerCaseInJsonLdIsKeptAsItStands() {
        Article a = parse("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"New plots\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"mara lindqvist\"}}</script>", "");
        assertEquals(List.of("mara lindqvist"), a.authors);
        assertEquals("json-ld:author (user name)", a.provenance.get("authors"));
    }

    @Test
    void aPersonInTheBylineBeatsTheAccountThatPosted() {
        Article a = parse("<meta name=author content='site.editor.account'>", "<p class=byline>By Dora Quist</p>");
        assertEquals(List.of("Dora Quist"), a.authors);
        assertEquals("byline", a.provenance.get("authors"));
    }

    @Test
    void commonAccountsAndGeneratedIdentifiersNameNoAuthor() {
        assertNull(parse("<meta name=author content='admin'>", "").authors);
        assertNull(parse("<meta name=author content='Webmaster'>", "").authors);
        assertNull(parse("<meta name=author content='7fa3c09-be21-4d0e'>", "").authors);
    }
}
