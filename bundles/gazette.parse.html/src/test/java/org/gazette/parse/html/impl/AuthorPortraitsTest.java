package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** An author card without a class: a picture whose alt text is the name printed after it, and a bio that calls the person by the first name. */
class AuthorPortraitsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = ("<p>" + "Shared services bring payroll, onboarding and records under one team. ".repeat(3) + "</p>").repeat(4);

    private Article parse(String card) {
        return parser.parse(unhinted("https://payroll-partners.example/blog/shared-services",
                "<html><head><title>Shared services explained</title></head><body><main><h1>Shared services explained</h1>"
                        + TEXT + card + "</main></body></html>"));
    }

    @Test
    void aPictureCaptionedWithItsNameAndABioNameTheAuthor() {
        Article a = parse("<div class=\"w-full\"><img alt=\"Mara Lindqvist Image\" src=\"/img/6f88.jpg\" width=\"400\" height=\"400\"></div>"
                + "<div class=\"w-full\"><p class=\"title_medium_bold\">Mara Lindqvist</p><h6>Enterprise Sales Executive</h6>"
                + "<div><p>Mara is a results-driven sales executive who helps firms simplify payroll.</p></div></div>");
        assertEquals(List.of("Mara Lindqvist"), a.authors);
        assertEquals("portrait", a.provenance.get("authors"));
        // the alt text adds a role; the card's link calls her by her first name
        assertEquals(List.of("Mara Lindqvist"), parse("<div><img alt=\"Mara Lindqvist, Tech Writer\" src=\"/a.jpg\"></div>"
                + "<div><div><p>Mara Lindqvist</p><p>Tech Writer</p></div><a href=\"/blog/authors/ml\">Articles by Mara</a></div>").authors);
        // the name the card gives cuts no text: what follows the card is kept
        assertTrue(a.text.contains("Mara is a results-driven"));
    }

    @Test
    void picturedThingsCommentersAndBylinesElsewhere() {
        // a product pictured with its name: not called by its first word alone
        assertNull(parse("<div><img alt=\"Snake Plant\" src=\"/p.jpg\"><h3>Snake Plant</h3><p>Snake plants are hardy and need little light.</p></div>").authors);
        // a picture without a bio: no author card
        assertNull(parse("<div><img alt=\"Mara Lindqvist\" src=\"/a.jpg\"><p>Mara Lindqvist</p></div>").authors);
        // a reader's avatar in the comments
        assertNull(parse("<ol class=\"comment-list\"><li><img alt=\"Olle Berg\" class=\"photo\"><cite>Olle Berg</cite><p>Olle here: great post.</p></li></ol>").authors);
        // a byline names the author first
        assertEquals(List.of("Nadia Quell"), parse("<p class=\"byline\">By Nadia Quell</p><div><img alt=\"Mara Lindqvist\" src=\"/a.jpg\"><p>Mara Lindqvist</p>"
                + "<p>Mara writes about payroll.</p></div>").authors);
    }
}
