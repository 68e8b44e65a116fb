package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** A link to the author's archive under the headline, in templates that mark the byline no other way. */
class AuthorArchiveLinksTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The release adds two modules and fixes the session handling of the scanner. ".repeat(5) + "</p>";

    private Article parse(String underHeadline) {
        return parser.parse(unhinted("https://lab-notes.example/blog/wrap-up",
                "<html><body><main><h1 class='text-4xl font-bold'>Weekly wrap-up</h1>" + underHeadline + TEXT + "</main></body></html>"));
    }

    private static String card(String href, String name) {
        return "<div class='mb-3 flex items-center gap-5'><a class='flex items-center no-underline' href='" + href + "'>"
                + "<div class='h-10 w-10 rounded-full'><img alt='' src='/img/face.jpg'></div><div class='text-gray-700'>" + name + "</div></a></div>"
                + "<div class='text-base'><time datetime='2025-12-19'>Dec 19, 2025</time></div>";
    }

    @Test
    void aLinkToTheAuthorsArchiveThatSpellsTheNameIsTheByline() {
        Article a = parse(card("/blog/author/ines-harrow/", "Ines Harrow"));
        assertEquals(List.of("Ines Harrow"), a.authors);
        assertEquals("author link", a.provenance.get("authors"));
        assertEquals(List.of("Aoife O'Riordan"), parse(card("https://lab-notes.example/authors/aoife-oriordan", "Aoife O'Riordan")).authors);
        assertEquals(List.of("José Núñez"), parse(card("/autor/jose-nunez/", "José Núñez")).authors);
    }

    @Test
    void otherLinksAreNoByline() {
        assertNull(parse(card("/blog/author/team/", "Ines Harrow")).authors); // the slug spells another name
        assertNull(parse(card("/people/ines-harrow/", "Ines Harrow")).authors); // not an author archive
        assertNull(parse(card("/blog/author/ines-harrow/", "More articles")).authors); // no name
    }
}
