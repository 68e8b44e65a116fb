package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.junit.jupiter.api.Test;

/** Authors named only by a "By ..." line under the headline, with no author markup. */
class BylineTextTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    /** Parses a page with no hints from its source, so that the authors come from the page alone. */
    private Article parse(String url, String html) {
        Document d = new Document();
        d.url = url;
        d.mediaType = "text/html";
        d.content = html.getBytes(StandardCharsets.UTF_8);
        return parser.parse(d);
    }

    @Test
    void aByLineUnderTheHeadline() throws Exception {
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1><p><strong>By Ann Reed and Tom Baker</strong></p>"
                + "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>"
                + "<p>By providing your email you agree to our terms.</p></main></body></html>");
        assertEquals(List.of("Ann Reed", "Tom Baker"), a.authors);
        assertEquals("byline text", a.provenance.get("authors"));
    }

    @Test
    void aByLineAboveTheRoleInABoxOfLines() throws Exception {
        // the box's text runs the name into the role ("By Ann Reed Co-founder and Chief Architect"): its lines are read one by one
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1><div class=flex><div class=card>"
                + "<p class=name>By Ann Reed</p><p class=role>Co-founder and Chief Architect</p></div><div><p>Dec 17, 2025</p><p>6 min read</p></div></div><p>"
                + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p></main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
    }

    @Test
    void theBylineFieldOfAMetaLine() throws Exception {
        // date, reading time and byline in one line, set apart by middle dots
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1><div class=small>March 15, 2022 "
                + "<span class=dot>\u00b7</span> 3 min read <span class=dot>\u00b7</span> By Ann Reed</div><p>"
                + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p></main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
        Article none = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1><div class=small>News | Harbour "
                + "| By the numbers</div><p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p></main></body></html>");
        assertEquals(null, none.authors);
    }

    @Test
    void aByLineOutsideTheHeadingsBox() throws Exception {
        Article a = parse("https://news.example/harbour", "<html><body><main><header><div class=title-box><h1>Harbour plan approved</h1></div>"
                + "<div class=meta><span>By Ann Reed</span> <span>4 August 2024</span></div></header><p>"
                + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>"
                + "</main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
        assertEquals("byline text", a.provenance.get("authors"));
    }

    @Test
    void aByLineAfterTheHeadlineWhenTheSiteNameIsAnH1() throws Exception {
        StringBuilder menu = new StringBuilder("<div class=menu><ul>");
        for (int i = 1; i <= 30; i++) {
            menu.append("<li><span>Section ").append(i).append("</span></li>");
        }
        Article a = parse("https://news.example/harbour", "<html><body><div class=top><h1 class=logo>Coast Gazette</h1>" + menu + "</ul></div></div><main>"
                + "<h1>Harbour plan approved</h1><p class=meta><span>By <a href=/people/ann-reed>Ann Reed</a></span></p><p>"
                + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>"
                + "</main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
    }

    @Test
    void aLinkedNameBesideItsRoleIsTheName() throws Exception {
        Article a = parser.parse(page("<div class=author-line><a href=/people/ann-reed>Ann Reed</a>"
                + " <span class=role>Potter & Painter</span></div>"));
        assertEquals(List.of("Ann Reed"), a.authors);
        assertEquals("byline", a.provenance.get("authors"));
    }

    @Test
    void aNameBeforeALinkedOutletIsKept() throws Exception {
        Article a = parser.parse(page("<div class=byline>Ann Reed, <a href=/outlets/coast>Coast Gazette</a></div>"));
        assertEquals(List.of("Ann Reed", "Coast Gazette"), a.authors);
    }

    @Test
    void editorLabelledWithAColonAfterTheWriterIsNoAuthor() throws Exception {
        Article a = parser.parse(page("<div class=read__author>Penulis: <a href=/penulis/ann-reed>Ann Reed</a> | Editor:"
                + " <a href=/editor/tom-baker>Tom Baker</a></div>"));
        assertEquals(List.of("Ann Reed"), a.authors);
        a = parser.parse(page("<div class=author><a href=/a/ann-reed>Ann Reed</a>, <a href=/a/tom-baker>Tom Baker</a></div>"));
        assertEquals(List.of("Ann Reed", "Tom Baker"), a.authors);
    }

    @Test
    void namesCreditedForReviewOrEditingAreNoAuthors() throws Exception {
        Article a = parser.parse(page("<div class=byline>By <a href=/people/ann-reed>Ann Reed</a>. <span>Medically reviewed by"
                + " <span class=name><a href=/people/tom-baker>Tom Baker, MD</a></span></span></div>"));
        assertEquals(List.of("Ann Reed"), a.authors);
        a = parser.parse(page("<div class=byline><a href=/people/ann-reed>Ann Reed</a> <a href=/about/editorial-process>Editorial Process</a></div>"));
        assertEquals(List.of("Ann Reed"), a.authors);
    }

    private static Document page(String byline) {
        Document d = new Document();
        d.url = "https://news.example/harbour";
        d.mediaType = "text/html";
        d.content = ("<html><body><main><h1>Harbour plan approved</h1>" + byline + "<p>"
                + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>"
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void aLinkedNameInALineThatGoesOnWithOtherLinks() throws Exception {
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1><p>By <a href=\"/contributors/ann-reed\">Ann Reed</a>"
                + " &nbsp; <a href=\"/print/edition-12\" class=\"btn\">Read this story in the print edition</a></p><p>"
                + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>"
                + "</main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
        assertEquals("byline text", a.provenance.get("authors"));
    }

    @Test
    void theOwnerOfAPersonalBlog() throws Exception {
        Article a = parse("https://ann.example/harbour", "<html><head><meta property=\"og:site_name\" content=\"Ann Reed&#39;s blog\"></head><body><main>"
                + "<h1>Harbour plan approved</h1><p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6)
                + "</p></main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
        assertEquals("og:site_name", a.provenance.get("authors"));
    }

    @Test
    void aWrittenByLineAtTheFootOfTheText() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(30)
                + "<div class=foot><p>Written by <a href=/a/ar>Ann Reed and Tom Baker</a></p></div></main>"
                + "<footer><p>Posted by webteam</p></footer></body></html>");
        assertEquals(List.of("Ann Reed", "Tom Baker"), a.authors);
        assertEquals("written-by line", a.provenance.get("authors"));
    }

    @Test
    void aWrittenByLabelBeforeAListOfNames() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>"
                + "<div class=meta><span>Written by: <ul class=\"comma-separated-list list-unstyled d-inline-flex\">"
                + "<li><a href=/authors/ann-reed/>Ann Reed</a></li><li><a href=/authors/tom-baker/>Tom Baker</a></li></ul></span></div>"
                + text.repeat(5) + "</main></body></html>");
        assertEquals(List.of("Ann Reed", "Tom Baker"), a.authors, a.provenance.toString());
    }

    @Test
    void aSentenceCreditingTheWriter() throws Exception {
        // a guest post's note in italics: the linked name keeps its credentials, the role after it is no co-author
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1><p><img src=/h.jpg alt=Harbour></p>"
                + "<p><em>This post was written by <a href=/team/ar>Ann Reed, MD</a>, harbour physician, Valley Clinic.</em></p>" + text.repeat(3)
                + "</main></body></html>");
        assertEquals(List.of("Ann Reed, MD"), a.authors);
        assertEquals("written-by line", a.provenance.get("authors"));
        // an author box at the foot: the name up to the comma, not "Head of Outreach and Community Relations"
        Article box = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(3)
                + "<div class=row><div class=avatar><img src=/ar.png alt=''></div><div class=bio>This article was written by Ann Reed,"
                + " Head of Outreach and Community Relations</div></div></main></body></html>");
        assertEquals(List.of("Ann Reed"), box.authors);
        Article french = parse("https://news.example/port", "<html><body><main><h1>Le port rouvre</h1>" + text.repeat(3)
                + "<p><em>Cet article a été écrit par Anne Roux, journaliste.</em></p></main></body></html>");
        assertEquals(List.of("Anne Roux"), french.authors);
        // a disclosure that no person wrote it names no one
        Article none = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(3)
                + "<p>This article was written by a human, with a technical review by a colleague.</p></main></body></html>");
        assertEquals(null, none.authors);
    }

    @Test
    void aCreditSentenceReadsTitlesAndInitialsAndOnlyCreditsTheTextItself() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        String top = "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(3);
        assertEquals(List.of("Ann Reed"), parse("https://news.example/a", top
                + "<p>This post was written by Dr. <a href=/team/ar>Ann Reed</a>, harbour physician.</p></main></body></html>").authors);
        assertEquals(List.of("J. R. Smith"), parse("https://news.example/b", top
                + "<p>This article was written by J. R. Smith, editor of the harbour newsletter.</p></main></body></html>").authors);
        assertEquals(List.of("Anne Roux"), parse("https://news.example/c", top
                + "<p>Cet article a été rédigé par Anne Roux, journaliste.</p></main></body></html>").authors);
        // another text's writer: a letter in a caption, a bill in the article
        assertEquals(null, parse("https://news.example/d", top + "<figure><img src=/l.jpg><figcaption>This letter was written by "
                + "Mary Shelley, then 19.</figcaption></figure></main></body></html>").authors);
        assertEquals(null, parse("https://news.example/e", top
                + "<p>The bill was authored by Jane Doe, who chairs the harbour committee.</p></main></body></html>").authors);
    }

    @Test
    void aWrittenByLabelInItsOwnElementBeforeAListOfNames() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>"
                + "<div class=meta><span>Written by</span><ul class=names><li>Ann Reed</li><li>Tom Baker</li></ul></div>"
                + text.repeat(5) + "</main></body></html>");
        assertEquals(List.of("Ann Reed", "Tom Baker"), a.authors, a.provenance.toString());
        Article share = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>"
                + "<div class=meta>By Ann Reed<ul class=share><li>Facebook</li><li>Email</li></ul></div>"
                + text.repeat(5) + "</main></body></html>");
        assertEquals(List.of("Ann Reed"), share.authors, share.provenance.toString());
    }

    @Test
    void aBareByFarFromTheHeadlineIsNoByline() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(30)
                + "<figure><img src=/h.jpg><figcaption>By Ann Reed</figcaption></figure></main></body></html>");
        assertEquals(null, a.authors);
    }

    @Test
    void aPostedByLineWithAColon() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(30)
                + "<p class=foot>Posted by: <a href=/a/ar>Ann Reed</a></p></main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
    }

    @Test
    void aBylineLabelWithTheNameInTheNextElement() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(30)
                + "<section class=about><h2>Article by</h2><div>Ann Reed</div></section></main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
        assertEquals("written-by line", a.provenance.get("authors"));
    }

    @Test
    void anArticleWrittenByLabelAndTheNameAsTheSiteCreditsIt() throws Exception {
        // an author section at the foot: the label as a heading, the name with the expert's credentials in the next
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(30)
                + "<section><h2>Article written by:</h2><div class='flex'><img src='/a.webp' alt=''><h3>Ann Reed, MD, FACP</h3></div></section></main></body></html>");
        assertEquals(List.of("Ann Reed, MD, FACP"), a.authors);
        assertEquals("written-by line", a.provenance.get("authors"));
    }

    @Test
    void aContributorsLabelWithTheNameAfterIt() throws Exception {
        String text = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1><div class=sub-title><p>The vote was close</p></div>"
                + "<div class=tags><div><strong>Contributors:</strong> Ann Reed</div></div>" + text.repeat(3) + "</main></body></html>");
        assertEquals(List.of("Ann Reed"), a.authors);
        // a heading without the colon is a section's, not a label
        Article none = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>" + text.repeat(3)
                + "<h2>Contributors</h2><p>Ann Reed</p></main></body></html>");
        assertEquals(null, none.authors);
    }

    @Test
    void aTeamAsAuthorDoesNotMakeEveryParagraphOpeningWithTheABio() throws Exception {
        StringBuilder text = new StringBuilder();
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
            text.append("<p>The town council met on ").append(day).append(" to vote on the plan for the harbour, and the vote was close.</p>");
        }
        Article a = parse("https://news.example/harbour", "<html><body><main><h1>Harbour plan approved</h1>"
                + "<div class=meta><span>By</span><span>The Harbour Desk Team</span></div>" + text + "</main></body></html>");
        assertEquals(List.of("The Harbour Desk Team"), a.authors);
        assertEquals(5, a.text.split("\n\n").length, a.text);
    }
}
