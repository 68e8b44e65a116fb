package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

class AuthorsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        String html = "<html><head><title>Orchard pests</title></head><body>" + body + "</body></html>";
        return parser.parse(document("https://valley-farm.example/blog/orchard-pests", html));
    }

    private static String paragraphs(int n) {
        return ("<p>Codling moths lay their eggs on young fruit, and the larvae tunnel to the core within days."
                + " Traps hung in late spring tell when to act.</p>").repeat(n);
    }

    @Test
    void theOutletAfterTheWriterInABylineIsNoCoAuthor() {
        Article a = parser.parse(unhinted("https://valley-farm.example/blog/orchard-pests",
                "<html><head><title>Pragas do pomar</title><meta property='og:site_name' content='Jornal da Serra'></head><body>"
                        + "<article><h1>Como proteger o pomar</h1><p class='materia-assinatura__autor'>Por <a href='/autores/mariana-souza/'>"
                        + "Mariana Souza</a>, Jornal da Serra — Nova Esperança</p>" + paragraphs(6) + "</article></body></html>"));
        assertEquals(List.of("Mariana Souza"), a.authors);
        Article two = parse("<article><h1>Orchard pests</h1><p class='byline'>By Jane Doe and John Roe</p>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Jane Doe", "John Roe"), two.authors); // no site name among them: both stay
    }

    @Test
    void bylineBoxesNamedInTheSitesLanguage() {
        Article it = parse("<article><h1>Come difendere il frutteto</h1><div class='articolo-info'>"
                + "<span class='articolo-autore'>di <a href='/autori/marco-rossi'>Marco Rossi</a></span></div>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Marco Rossi"), it.authors);
        Article tr = parse("<article><h1>Meyve bahçesi</h1><div class='haber-bilgi'><span class='yazar'>Ayşe Yılmaz</span>"
                + "<span class='tarih'>14.09.2023 12:00</span></div>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Ayşe Yılmaz"), tr.authors);
        Article es = parse("<article><h1>El huerto</h1><div class='field--name-field-autor'><span class='label'>Por</span> "
                + "<a href='/autor/lucia-fernandez'>Lucía Fernández</a></div>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Lucía Fernández"), es.authors);
    }

    @Test
    void aPostWrapperNamingItsAuthorInAClassIsNoByline() {
        Article a = parse("<article class='post hentry category-garden author-mara-lind has-comments'>"
                + "<h1>Keeping codling moths out of the orchard</h1>"
                + "<div class='post-meta'><a href='/category/garden'>GARDEN</a>"
                + "<a class='post-meta-item post-meta-item--author' href='/blog?author=7'>Mara Lind</a></div>"
                + paragraphs(8) + "<p>Share on <a href='#'>Twitter</a> <a href='#'>Reddit</a></p></article>");
        assertEquals(List.of("Mara Lind"), a.authors);
    }

    @Test
    void thePagerAfterAnEmptyBylineLabelNamesNoOne() {
        Article a = parser.parse(unhinted("https://valley-farm.example/blog/orchard-pests",
                "<html><head><title>Orchard pests</title></head><body><article><h1>Keeping codling moths out of the orchard</h1>"
                + paragraphs(6) + "<div class=post-info><span class=writer-label>Written By </span><span class=when>Feb 11, 2019</span></div>"
                + "<div class=pager><a href=/blog/pruning rel=prev>Previous</a> <a href=/blog/frost rel=next>Next</a></div>"
                + "</article></body></html>"));
        assertEquals(null, a.authors);
    }

    @Test
    void aBylineLineThatPrintsOnlyTheDateNamesNoOne() {
        Article a = parse("<article><div class=byline>Sat, 20 Dec, 2025 - 06:36</div>"
                + "<h1>Keeping codling moths out of the orchard</h1>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Hint Author"), a.authors); // the source's hint, not the weekday "Sat"
    }

    @Test
    void commentAuthorsAndAuthorBiosAreNotBylines() {
        Article a = parse("<article><h1>Keeping codling moths out of the orchard</h1>" + paragraphs(6)
                + "<div class='author-description'>Certified Arborist, Master Gardener</div></article>"
                + "<ol class='comment-list'><li class='comment'><span class='comment-author-link'>Tomas Berg</span>"
                + "<p>Thanks, this helped.</p></li></ol>");
        assertEquals(List.of("Hint Author"), a.authors); // the source's hint: no byline on the page
    }

    @Test
    void commentWidgetsNamedWithAPrefixHoldNoBylines() {
        // a "latest comments" widget of a CMS extension and a comment plugin's author box come before the post's author card
        Article latest = parse("<div class='moduletable'><ul class='jcomments-latest'><li><ul><li><span class='author'>Tomas Berg</span>"
                + "</li></ul></li></ul></div><article><h1>Keeping codling moths out of the orchard</h1>"
                + "<div class='author_cont'><h3><a href='/authors/mara-lind'>Mara Lind</a></h3></div>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Mara Lind"), latest.authors);
        Article plugin = parse("<div class='wpd-thread-list'><div class='wpd-comment-wrap'><div class='wpd-comment-author'>Tomas Berg</div>"
                + "</div></div><article><h1>Keeping codling moths out of the orchard</h1><span class='byline'>Mara Lind</span>"
                + paragraphs(6) + "</article>");
        assertEquals(List.of("Mara Lind"), plugin.authors);
        Article recent = parse("<aside><ul id='recentcomments'><li class='recentcomments'><span class='author'>Tomas Berg</span> on "
                + "<a href='/x'>Pruning</a></li></ul></aside><article><h1>Keeping codling moths out of the orchard</h1>"
                + "<span class='byline'>Mara Lind</span>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Mara Lind"), recent.authors);
    }

    @Test
    void theCategoriesAndTagsInABylineBoxAreNoAuthors() {
        // a byline box that prints the date and the post's category, no author; a card byline with a tag, then the name
        Article category = parse("<article><h1>Keeping codling moths out of the orchard</h1><section class='byline'>"
                + "<span class='byline__release-date'><time datetime='2023-03-20'>March 20, 2023</time></span> | "
                + "<span class='byline__category'><a href='/pests'>Pests &amp; Prevention</a></span></section>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Hint Author"), category.authors); // the source's hint: no byline on the page
        Article tagged = parse("<article><h1>Keeping codling moths out of the orchard</h1><div class='byline'>"
                + "<span class='byline__tag'><a class='tag' href='/tag/pests'>Pests</a></span> "
                + "<a href='/author/mara-lind'>Mara Lind</a></div>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Mara Lind"), tagged.authors);
        Article wordpress = parse("<article><h1>Keeping codling moths out of the orchard</h1><div class='byline'>"
                + "<a href='/c/pests' rel='category tag'>Orchard Pests</a></div>" + paragraphs(6) + "</article>");
        assertEquals(List.of("Hint Author"), wordpress.authors);
    }

    @Test
    void authorsSetOneElementEachWithAffiliationMarksAreAllRead() {
        Article a = parse("<main><div class='title-authors'><h1>Pheromone traps in small orchards: a field trial</h1>"
                + "<div><span class='info__authors'><a href='/s?a=1'>Mara Lind<sup>1</sup></a> ; </span>"
                + "<span class='info__authors'><a href='/s?a=2'>Tomas Berg<sup>2</sup></a> ; </span>"
                + "<span class='info__authors'><a href='/s?a=3'>Ines Vidal<sup>1,2</sup></a></span></div></div>"
                + paragraphs(6) + "</main>");
        assertEquals(List.of("Mara Lind", "Tomas Berg", "Ines Vidal"), a.authors);
    }

    @Test
    void aSiteCreditingItselfGivesWayToTheBylineItPrints() {
        String head = "<html><head><meta property='og:site_name' content='Valley Farm'><meta name='author' content='Valley Farm'></head><body>";
        Article byline = parser.parse(document("https://valley-farm.example/blog/orchard-pests", (head
                + "<article><h1>Keeping codling moths out of the orchard</h1><p class='byline'>By Mara Lind</p>"
                + paragraphs(6) + "</article></body></html>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Mara Lind"), byline.authors);

        Article credited = parser.parse(document("https://valley-farm.example/blog/orchard-pests", (head
                + "<article><h1>Keeping codling moths out of the orchard</h1>" + paragraphs(6)
                + "<p>The trap design was written by Tomas Berg for the county extension service.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Valley Farm"), credited.authors);
    }
}
