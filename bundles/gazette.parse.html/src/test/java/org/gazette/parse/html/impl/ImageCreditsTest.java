package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.gazette.api.model.Image;
import org.junit.jupiter.api.Test;

/**
 * A credit line printed right after a picture without a {@code <figure>} ({@link ImageCredits}) is the
 * picture's credit, not body text; a credit-like line after text is left to the text.
 */
class ImageCreditsTest {

    private static final String ONE = "The lifeboat crew was called out at 2am after a yacht began taking on water off the point.";
    private static final String TWO = "All four sailors were lifted from the yacht before it sank and taken to hospital.";
    private static final String THREE = "The coxswain said the crew had trained for exactly this kind of night rescue.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://coast-post.example/2025/03/lifeboat", "Lifeboat rescues four", "", body));
    }

    @Test
    void aCreditLineAfterABarePictureIsItsCredit() {
        Article a = parse("<article>" + paragraphs(ONE) + "<img src=\"/lifeboat.jpg\" alt=\"\"><p class=credit>Photo: Kate Lowry/Coast Post</p>"
                + paragraphs(TWO) + "<p><a href=\"/big/crew.jpg\"><img src=\"/crew.jpg\"></a></p>"
                + "<div class=\"text-block\"><div><p><em>The crew on the slipway. | Photo by Jim Barr</em></p></div></div>"
                + paragraphs(THREE) + "</article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
        assertEquals(2, a.images.size());
        Image boat = a.images.get(0);
        assertEquals("https://coast-post.example/lifeboat.jpg", boat.url);
        assertEquals("Photo: Kate Lowry/Coast Post", boat.credit);
        Image crew = a.images.get(1);
        assertEquals("https://coast-post.example/crew.jpg", crew.url);
        assertEquals("Photo by Jim Barr", crew.credit);
        assertEquals("The crew on the slipway.", crew.caption);
    }

    @Test
    void aCreditLikeLineAfterTextStays() {
        String source = "Source: RNLI annual report";
        Article a = parse("<article>" + paragraphs(ONE, source, TWO, THREE) + "</article>");
        assertEquals(String.join("\n\n", ONE, source, TWO, THREE), a.text);
    }
}
