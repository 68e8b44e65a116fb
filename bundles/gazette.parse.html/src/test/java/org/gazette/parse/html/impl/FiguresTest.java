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
}
