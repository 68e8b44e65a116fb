package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The writer named by the link-preview labels that WordPress SEO plugins print, when the page names nobody else. */
class SharingLabelAuthorsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The lighthouse keepers' association voted to repaint the tower before the winter storms. ".repeat(5) + "</p>";

    private Article parse(String head, String body) {
        return parser.parse(unhinted("https://coastwatch.example/lighthouse",
                "<html><head>" + head + "</head><body><main><h1>The tower gets a new coat</h1>" + body + TEXT + "</main></body></html>"));
    }

    private static String labels(String label, String data) {
        return "<meta name='twitter:label1' content='Est. reading time'><meta name='twitter:data1' content='4 minutes'>"
                + "<meta name='twitter:label2' content='" + label + "'><meta name='twitter:data2' content='" + data + "'>";
    }

    @Test
    void theWriterLabelledForLinkPreviewsIsTheAuthor() {
        Article a = parse(labels("Written by", "Ines Harrow"), "");
        assertEquals(List.of("Ines Harrow"), a.authors);
        assertEquals("twitter:data (written by)", a.provenance.get("authors"));
        assertEquals(List.of("Ines Harrow"), parse(labels("Geschrieben von", "Ines Harrow"), "").authors);
        assertEquals(List.of("Ines Harrow"), parse(labels("Escrito por", "Ines Harrow"), "").authors);
        // the labels come from BylineWords: every English verb before "by"
        assertEquals(List.of("Ines Harrow"), parse(labels("Reported by", "Ines Harrow"), "").authors);
    }

    @Test
    void aDisplayNameThatIsNoBylineIsKeptAsItStands() {
        assertEquals(List.of("Ola Brenn (Harbour Labs)"), parse(labels("Written by", "Ola Brenn (Harbour Labs)"), "").authors);
        assertEquals(List.of("Coastwatch Staff"), parse(labels("Written by", "Coastwatch Staff"), "").authors);
    }

    @Test
    void aBylineOnThePageBeatsTheAccountThatPosted() {
        Article a = parse(labels("Written by", "Site Desk"), "<p class=byline>By Dora Quist</p>");
        assertEquals(List.of("Dora Quist"), a.authors);
    }

    @Test
    void otherLabelsAndCommonAccountsNameNoAuthor() {
        assertNull(parse(labels("Filed under", "Maintenance"), "").authors);
        assertNull(parse(labels("Written by", "admin"), "").authors);
        assertNull(parse(labels("Written by", ""), "").authors);
    }

    @Test
    void theAuthorThatCxenseTagsDeclareIsTheAuthor() {
        Article a = parse("<meta property='cXenseParse:author' content='Ines Harrow'>", "");
        assertEquals(List.of("Ines Harrow"), a.authors);
        assertEquals("cxenseparse:author", a.provenance.get("authors"));
    }

    @Test
    void anAuthorNameClassWrittenAsOneWordIsAByline() {
        // CSS modules keep the camel case of the source ("authorName") and add a hash; BEM sites write it in one word
        assertEquals(List.of("Dora Quist"), parse("", "<div class='_authorName_1r0t6_51'>Dora Quist</div>").authors);
        assertEquals(List.of("Dora Quist"), parse("", "<div class='blog__authorname'>Dora Quist</div>").authors);
    }

    @Test
    void anAuthorWordInsideACamelCaseClassIsAByline() {
        // CSS modules and styled components name a box after all it holds: "dateAndAuthorContainer", "ArticleAuthor-sc-..."
        assertEquals(List.of("Dora Quist"), parse("", "<div class='styles_dateAndAuthorContainer__JAvHP'><span>18 December 2025</span>"
                + "<span class='styles_all__Vis5Y'>Dora Quist</span></div>").authors);
        assertEquals(List.of("Dora Quist"), parse("", "<span class='Bylinestyles__ArticleAuthor-sc-4zed9y-1 jIqQIY'>Dora Quist</span>").authors);
        // an "author" inside another word is none: "coauthoring", "Authority"
        assertNull(parse("", "<div class='guide_AuthorityBadge__x1'>Dora Quist</div>").authors);
    }
}
