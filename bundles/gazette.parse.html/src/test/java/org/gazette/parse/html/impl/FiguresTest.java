package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.junit.jupiter.api.Test;

/** Captions and credits go to Article.images, attributions to Article.attributions, not into the body. */
class FiguresTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void captionsCreditsAndSourceLines() throws Exception {
        Document d = new Document();
        d.url = "https://news.example/steam/";
        d.mediaType = "text/html";
        d.content = ("<html><body><article><h1>Steam returns to the valley line</h1>"
                + "<figure><img data-src=\"/img/engine.jpg\" src=\"data:image/gif;base64,R0lGOD\"><figcaption>The engine leaves the old station."
                + " <span class=\"image-credit\">Photo: Ann Reed/Valley Press</span></figcaption></figure>"
                + "<p>" + "The first steam train in sixty years ran on the valley line on Saturday morning. ".repeat(5) + "</p>"
                + "<figure><img src=\"https://cdn.example/crowd.jpg\"><figcaption>Crowds at the crossing (Photo: Tom Baker)</figcaption></figure>"
                + "<figure><img src=\"/img/map.png\"></figure>"
                + "<p>Source: Anadolu Agency</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        Article a = parser.parse(d);

        assertEquals(3, a.images.size());
        assertEquals("https://news.example/img/engine.jpg", a.images.get(0).url);
        assertEquals("The engine leaves the old station.", a.images.get(0).caption);
        assertEquals("Photo: Ann Reed/Valley Press", a.images.get(0).credit);
        assertEquals("https://cdn.example/crowd.jpg", a.images.get(1).url);
        assertEquals("Crowds at the crossing", a.images.get(1).caption);
        assertEquals("Photo: Tom Baker", a.images.get(1).credit);
        assertNull(a.images.get(2).caption);
        assertEquals(List.of("Anadolu Agency"), a.attributions);
        assertFalse(a.text.contains("Crowds at the crossing"));
        assertFalse(a.text.contains("Ann Reed"));
    }

    @Test
    void figuresAreThoseTheSelectorGives() {
        String html = "<html><body><amp-img src=\"/a.jpg\"></amp-img><figure><amp-img src=\"/b.jpg\"></amp-img>"
                + "<div><amp-img src=\"/c.jpg\"></amp-img></div><figure><img src=\"/d.jpg\"></figure></figure>"
                + "<p><amp-img src=\"/e.jpg\"></amp-img></p><figure></figure></body></html>";
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html, "https://news.example/");
        TagIndex tags = new TagIndex(doc);
        Page page = new Page(doc, tags, new MetaTags(tags), JsonLd.read(tags), new org.gazette.api.model.SourceItem(), null);
        assertEquals(doc.body().select("figure, amp-img:not(figure amp-img)"), Figures.figures(page));
        assertEquals(5, Figures.figures(page).size());
    }

    @Test
    void newsCreditsInParenthesesAndBesideTheCaption() throws Exception {
        Document d = Fixtures.unhinted("https://news.example/2025/03/14/vote/", "<html><body><article><h1>Council approves the transit plan</h1>"
                + "<figure><img src=\"/a.jpg\"><figcaption>Council members vote late Thursday. (Jordan Lee/The Ledger)</figcaption></figure>"
                + "<figure><img src=\"/b.jpg\"><figcaption>The mayor speaks after the vote (AP Photo/Evan Vucci)</figcaption></figure>"
                + "<figure><img src=\"/c.jpg\"><figcaption>Margaret Ellis in 2015. (Courtesy of the Ellis family)</figcaption></figure>"
                + "<figure class=\"Figure\"><img src=\"/d.jpg\"><div class=\"Figure-content\"><figcaption class=\"Figure-caption\">"
                + "<p>The emergency entrance of the hospital.</p></figcaption><div class=\"Figure-credit\">Ben Kowalski / Lakeshore Radio</div></div></figure>"
                + "<figure><img src=\"/e.jpg\"><span class=\"image-credit\">Getty Images</span></figure>"
                + "<figure><img src=\"/f.jpg\"><figcaption>Voters in line at the school (left) and at the library (right)</figcaption></figure>"
                + "<p>" + "The council voted 9-4 late Thursday to approve the plan to extend light rail to the suburbs. ".repeat(5) + "</p>"
                + "</article></body></html>");
        Article a = parser.parse(d);

        assertEquals("Council members vote late Thursday.", a.images.get(0).caption);
        assertEquals("Jordan Lee/The Ledger", a.images.get(0).credit);
        assertEquals("The mayor speaks after the vote", a.images.get(1).caption);
        assertEquals("AP Photo/Evan Vucci", a.images.get(1).credit);
        assertEquals("Courtesy of the Ellis family", a.images.get(2).credit);
        assertEquals("The emergency entrance of the hospital.", a.images.get(3).caption);
        assertEquals("Ben Kowalski / Lakeshore Radio", a.images.get(3).credit);
        assertEquals("Getty Images", a.images.get(4).credit);
        assertNull(a.images.get(4).caption);
        // words in parentheses that credit no one stay in the caption
        assertEquals("Voters in line at the school (left) and at the library (right)", a.images.get(5).caption);
        assertNull(a.images.get(5).credit);
    }

    @Test
    void theSeparatorBeforeACreditTailIsNoPartOfTheCaption() throws Exception {
        Article a = parser.parse(Fixtures.unhinted("https://photo.example/2025/thirds/", "<html><body><article><h1>The rule of thirds</h1>"
                + "<figure><img src=\"/a.jpg\"><figcaption>The Rule of Thirds | Sylt, Germany | © 2010 Jane Roe</figcaption></figure>"
                + "<figure><img src=\"/b.jpg\"><figcaption>Dunes at dusk — Photo: John Roe</figcaption></figure>"
                + "<p>" + "Placing the horizon on a third of the frame gives the sky or the land more room. ".repeat(5) + "</p>"
                + "</article></body></html>"));

        assertEquals("The Rule of Thirds | Sylt, Germany", a.images.get(0).caption);
        assertEquals("© 2010 Jane Roe", a.images.get(0).credit);
        assertEquals("Dunes at dusk", a.images.get(1).caption);
        assertEquals("Photo: John Roe", a.images.get(1).credit);
    }

    @Test
    void anEmptyCreditElementIsNoCredit() {
        Document d = new Document();
        d.url = "https://news.example/steam/";
        d.mediaType = "text/html";
        d.content = ("<html><body><article><h1>Steam returns to the valley line</h1>"
                + "<figure><img src=\"/img/engine.jpg\"><figcaption>The engine leaves the old station. Photo: Ann Reed</figcaption>"
                + "<span class=\"image-credit\"></span></figure>"
                + "<p>" + "The first steam train in sixty years ran on the valley line on Saturday morning. ".repeat(5) + "</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        Article a = parser.parse(d);

        assertEquals("The engine leaves the old station.", a.images.get(0).caption);
        assertEquals("Photo: Ann Reed", a.images.get(0).credit);
    }
}
