package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.PageKind;
import org.junit.jupiter.api.Test;

/** A news photo gallery: a short introduction and captioned pictures that tell the story. */
class PhotoGalleriesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private static String figure(int n, String caption) {
        return "<figure><img src=\"/img/lanterns-" + n + ".jpg\"><figcaption>" + caption
                + " <span class=\"credit\">Photograph: Lena Hart</span></figcaption></figure>";
    }

    private PageKind kind(String head, int pictures) {
        String[] captions = {"Lanterns are released over the river from the old bridge.",
            "Children from the primary school carry the lanterns they made in class.",
            "A drumming group leads the procession through the market square.",
            "The crowd watches the fireworks that close the festival."};
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < pictures; i++) {
            figures.append(figure(i, captions[i]));
        }
        return parser.parse(unhinted("https://valley.example/gallery/lantern-festival", "<html><head>" + head
                + "</head><body><main><article><h1>In pictures: Lantern festival lights up the old town</h1>"
                + "<p>Thousands of people filled the streets of the old town on Sunday evening for the annual lantern festival.</p>"
                + figures + "</article></main></body></html>")).kind;
    }

    @Test
    void aDeclaredArticleOfCaptionedPicturesIsAnArticle() {
        String published = "<meta property=\"article:published_time\" content=\"2025-03-09T20:10:00+00:00\">";
        assertEquals(PageKind.ARTICLE, kind(published, 4));
        // two pictures are an illustrated note, not a gallery; nor is a page that does not say it is an article
        assertEquals(PageKind.OTHER, kind(published, 2));
        assertEquals(PageKind.OTHER, kind("", 4));
    }

    @Test
    void aShortStubWithARelatedBoxOfCaptionedTeasersIsNoGallery() {
        StringBuilder teasers = new StringBuilder("<section class=\"related\">");
        for (int i = 0; i < 4; i++) {
            teasers.append("<figure><a href=\"/news/story-").append(i).append("\"><img src=\"/img/teaser-").append(i)
                    .append(".jpg\"></a><figcaption><a href=\"/news/story-").append(i)
                    .append("\">Council votes on the new harbour wall budget for the coming year</a></figcaption></figure>");
        }
        PageKind kind = parser.parse(unhinted("https://valley.example/news/paywalled", "<html><head>"
                + "<meta property=\"article:published_time\" content=\"2025-03-09T20:10:00+00:00\"></head><body><main><article>"
                + "<h1>Council approves harbour budget</h1><p>Subscribe to read the full story about the council's vote.</p>"
                + teasers + "</section></article></main></body></html>")).kind;
        assertEquals(PageKind.OTHER, kind);
    }
}
