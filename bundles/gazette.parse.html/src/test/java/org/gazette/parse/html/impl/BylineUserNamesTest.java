package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** A byline that names the account that posted, in lower case or as a user name, is the author when nobody else is named. */
class BylineUserNamesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The students printed their posters on recycled card and hung them along the corridor. ".repeat(5) + "</p>";

    private Article parse(String head, String body) {
        return parser.parse(unhinted("https://design-school.example/news/poster-show",
                "<html><head>" + head + "</head><body><main><h1>Poster show opens</h1>" + body + TEXT + "</main></body></html>"));
    }

    @Test
    void aUserNameInABylineElementIsTheAuthor() {
        // a forum's author link, a site builder's author box with the account's display name
        Article forum = parse("", "<span class='PostsAuthors-authorName'><a href='/users/jdoe'>jdoe</a></span>");
        assertEquals(List.of("jdoe"), forum.authors);
        assertEquals("byline (user name)", forum.provenance.get("authors"));
        assertEquals(List.of("posters and prints"), parse("", "<div class='author-box'><div class='author-box__text'>"
                + "<h4 class='author-box__name'>posters and prints</h4></div></div>").authors);
    }

    @Test
    void aByLineAfterTheHeadlineNamingAUserIsTheAuthor() {
        assertEquals(List.of("m.reyes"), parse("", "<div class='post-date'><p><time>12/19 \u2014 2025</time></p><p>by   m.reyes  </p></div>").authors);
    }

    @Test
    void aUserNameAfterAnyLanguagesBylineWord() {
        // the byline words come from BylineWords: Dutch "door" too
        assertEquals(List.of("m.reyes"), parse("", "<div class='post-date'><p><time>12/19 \u2014 2025</time></p><p>door m.reyes</p></div>").authors);
    }

    @Test
    void aPersonOrADeclaredAuthorComesFirst() {
        assertEquals(List.of("Mara Reyes"), parse("", "<span class='author'>jdoe</span><p>By Mara Reyes</p>").authors);
        assertEquals(List.of("Mara Reyes"), parse("<meta name='author' content='Mara Reyes'>", "<span class='author'>jdoe</span>").authors);
    }

    @Test
    void labelsLinksAndCommonAccountsAreNoUserNames() {
        assertNull(parse("", "<span class='author'>admin</span>").authors);
        assertNull(parse("", "<div class='author-links'><a href='/about'>read more</a></div>").authors);
    }

    @Test
    void aCommonAccountInABylineElementIsNoAuthor() {
        // a press-release listing signed by the account that posted it
        assertNull(parse("", "<div class='content'><div class='author'>Webmaster</div></div>").authors);
        assertEquals(List.of("Mara Reyes"), parse("", "<div class='author'>Webmaster</div><p>By Mara Reyes</p>").authors);
    }
}
