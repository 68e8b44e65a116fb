package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gazette.api.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Pictures captioned without a {@code <figure>} give their captions and credits to Article.images. */
class CaptionedPicturesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private static final String PROSE = "<p>" + "Work on the harbour wall finished on Friday, two months after a winter storm. ".repeat(4) + "</p>";

    private Article parse(String body) {
        return parser.parse(Fixtures.unhinted("https://coast.example/2025/03/14/harbour-wall/",
                "<html><body><article><h1>Harbour wall repaired after storm</h1>" + body + "</article></body></html>"));
    }

    @Test
    void classicWordPressCaptions() {
        Article a = parse(PROSE
                + "<div id=\"attachment_812\" class=\"wp-caption aligncenter\"><a href=\"/wp-content/uploads/wall.jpg\"><img src=\"/wp-content/uploads/wall-800x533.jpg\" width=\"800\"></a>"
                + "<p id=\"caption-attachment-812\" class=\"wp-caption-text\">The repaired section of the wall, seen from the pier. Photo: Jane Roe</p></div>"
                + PROSE
                + "<dl class=\"wp-caption alignleft\"><dt class=\"wp-caption-dt\"><img src=\"/wp-content/uploads/crane.jpg\"></dt>"
                + "<dd class=\"wp-caption-dd\">The crane that lifted the new blocks.</dd></dl>" + PROSE);

        assertEquals(2, a.images.size());
        assertEquals("https://coast.example/wp-content/uploads/wall-800x533.jpg", a.images.get(0).url);
        assertEquals("The repaired section of the wall, seen from the pier.", a.images.get(0).caption);
        assertEquals("Photo: Jane Roe", a.images.get(0).credit);
        assertEquals("https://coast.example/wp-content/uploads/crane.jpg", a.images.get(1).url);
        assertEquals("The crane that lifted the new blocks.", a.images.get(1).caption);
        assertNull(a.images.get(1).credit);
        assertFalse(a.text.contains("seen from the pier"));
        assertFalse(a.text.contains("new blocks"));
    }

    @Test
    void fieldCaptionsAfterThePicture() {
        Article a = parse(PROSE
                + "<div class=\"field field--name-field-image\"><img src=\"/sites/default/files/pier.jpg\"></div>"
                + "<div class=\"field field--name-field-image-caption\">Boats returned to the inner harbour. (Tom Baker/Coast Courier)</div>"
                + PROSE
                + "<div class=\"field field--name-field-photo\"><div class=\"field__item\"><img src=\"/sites/default/files/gulls.jpg\"></div></div>"
                + "<div class=\"field field--name-field-caption\"><h2 class=\"field__label visually-hidden\">Caption</h2>"
                + "<div class=\"field__item\"><p>Gulls on the finished wall.</p></div></div>"
                + "<div class=\"field field--name-field-credit\"><div class=\"field__label\">Photo Credit</div><div class=\"field__item\">Ann Reed</div></div>"
                + PROSE
                + "<div class=\"media\"><img src=\"/img/storm.jpg\"><span class=\"imageCaption\">The storm in January.</span></div>" + PROSE);

        assertEquals(3, a.images.size());
        assertEquals("Boats returned to the inner harbour.", a.images.get(0).caption);
        assertEquals("Tom Baker/Coast Courier", a.images.get(0).credit);
        assertEquals("Gulls on the finished wall.", a.images.get(1).caption);
        assertEquals("Ann Reed", a.images.get(1).credit);
        assertEquals("The storm in January.", a.images.get(2).caption);
    }

    @Test
    void aCaptionThatIsAllCreditIsTheCredit() {
        Article a = parse(PROSE + "<div class=\"wp-caption\"><img src=\"/a.jpg\"><p class=\"wp-caption-text\">Image credit: Pexels</p></div>" + PROSE);

        assertNull(a.images.get(0).caption);
        assertEquals("Image credit: Pexels", a.images.get(0).credit);
    }

    @Test
    void inDocumentOrderWithFiguresAndOnceEach() {
        Article a = parse("<figure><img src=\"/one.jpg\"><figcaption>One.</figcaption></figure>" + PROSE
                + "<div class=\"wp-caption\"><img src=\"/two.jpg\"><p class=\"wp-caption-text\">Two.</p></div>" + PROSE
                + "<figure><img src=\"/three.jpg\"></figure><div class=\"image-caption\">Three.</div>" + PROSE);

        assertEquals(List.of("https://coast.example/one.jpg", "https://coast.example/two.jpg", "https://coast.example/three.jpg"),
                a.images.stream().map(i -> i.url).toList());
        assertEquals(List.of("One.", "Two.", "Three."), a.images.stream().map(i -> i.caption).toList());
    }

    @Test
    void notLabelsTeasersPortraitsOrCaptionsOfSomethingElse() {
        Article a = parse(PROSE
                // a label in a box beside a picture
                + "<div class=\"hero\"><div class=\"hero-image\"><img src=\"/hero.jpg\"></div>"
                + "<div class=\"hero-info\"><div class=\"caption\">Author</div><div class=\"name\">Jane Roe</div></div></div>"
                // a teaser card
                + "<a class=\"card\" href=\"/other-story/\"><img src=\"/teaser.jpg\"><p class=\"card-caption\">Another story to read</p></a>"
                // a byline's portrait
                + "<div class=\"byline\"><div class=\"author-avatar\"><img src=\"/jane.jpg\"></div><div class=\"caption\">By Jane Roe</div></div>"
                // text between the picture and the caption
                + "<div><img src=\"/gap.jpg\"><p>A paragraph of prose comes first.</p><p class=\"caption\">A caption of a table.</p></div>"
                + PROSE + "<aside><img src=\"/side.jpg\"><p class=\"wp-caption-text\">In the sidebar</p></aside>");

        assertTrue(a.images.isEmpty(), () -> a.images.stream().map(i -> i.url + " " + i.caption).toList().toString());
    }

    @Test
    void documentOrder() {
        org.jsoup.nodes.Document doc = Jsoup.parse("<div id=a><p id=b><span id=c></span></p><p id=d></p></div><p id=e></p>");
        Element a = doc.getElementById("a");
        Element c = doc.getElementById("c");
        Element d = doc.getElementById("d");
        Element e = doc.getElementById("e");
        assertTrue(Trees.precedes(a, c));
        assertFalse(Trees.precedes(c, a));
        assertTrue(Trees.precedes(c, d));
        assertFalse(Trees.precedes(d, c));
        assertTrue(Trees.precedes(d, e));
        assertFalse(Trees.precedes(e, a));
    }

    @Test
    void namesOfCaptions() {
        for (String yes : List.of("wp-caption-text", "field--name-field-image-caption", "wp-element-caption", "styles_caption__x1",
                "imageCaption", "img-caption media", "Caption")) {
            assertTrue(CaptionedPictures.namesCaption(Jsoup.parse("<p class=\"" + yes + "\">x</p>").selectFirst("p")), yes);
        }
        for (String no : List.of("captioned-gallery", "noncaptions", "lede")) {
            assertFalse(CaptionedPictures.namesCaption(Jsoup.parse("<p class=\"" + no + "\">x</p>").selectFirst("p")), no);
        }
    }
}
