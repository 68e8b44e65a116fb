package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.junit.jupiter.api.Test;

/** An author card's avatar, a picture or the initials drawn in its place, is no part of the byline's name. */
class BylineAvatarsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The orchard growers agreed on a shared press for the autumn apples this year. ".repeat(5) + "</p>";

    private Article parse(String byline) {
        Document d = new Document();
        d.url = "https://orchards.example/press";
        d.mediaType = "text/html";
        d.content = ("<html><body><main><h1>A shared press</h1>" + byline + TEXT + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        return parser.parse(d);
    }

    @Test
    void theInitialsOfAnAvatarAreNotTheAuthor() {
        Article a = parse("<div class='article-author'><div class='author-card'>"
                + "<span class='avatar author-avatar'><span class='initials'>NB</span></span>"
                + "<div class='author-meta'><span class='author-meta--name'>Nina Brook</span>"
                + "<p class='author-meta--role'>Orchard correspondent</p></div></div></div>");
        assertEquals(List.of("Nina Brook"), a.authors);
    }

    @Test
    void theInitialsAnAvatarDrawsAsAPictureAreNotTheAuthor() {
        // a community-builder avatar: the initials as text of an <svg>, with classes that do not say "avatar" as a word
        Article a = parse("<div class='author_cont'><div class='news-author'><svg viewBox='0 0 100 100' class='imgPict imgPictInitial'>"
                + "<rect width='100' height='100'/><text x='50%' y='50%'>NB</text></svg></div>"
                + "<div class='author_cont'><h3><a href='/authors/nina-brook'>Nina Brook</a></h3></div></div>");
        assertEquals(List.of("Nina Brook"), a.authors);
    }

    @Test
    void aBylineWithoutAnAvatarIsReadAsBefore() {
        assertEquals(List.of("Nina Brook"), parse("<div class='article-author'><span>Nina Brook</span><span>Orchard correspondent</span></div>").authors);
    }
}
