package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Image;
import org.junit.jupiter.api.Test;

/** The address of a lazy-loaded picture: the real one, not the placeholder the script swaps out. */
class PictureAddressesTest {

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private List<String> imageUrls(String figures) {
        String body = "<article><h1>Testing trail shoes on the coast path</h1>" + figures
                + paragraphs("We ran the coast path in six pairs of trail shoes over a wet fortnight and kept notes on grip and comfort.",
                        "The pair that drained fastest was not the one we expected, and the lightest pair wore through first.")
                + "</article>";
        Article a = parser.parse(page("https://trail-notes.example/reviews/coast-path-shoes", "Testing trail shoes", "", body));
        return a.images.stream().map((Image image) -> image.url).toList();
    }

    @Test
    void aPlaceholderGivesWayToTheLazyLoadersAddressOrTheLinkedFullSize() {
        assertEquals(List.of("https://trail-notes.example/uploads/shoes-on-rocks.jpg",
                "https://cdn.trail-notes.example/uploads/mud-800.jpg",
                "https://cdn.trail-notes.example/uploads/full/drying-rack.jpg"), imageUrls(
                        "<figure><img src=\"/plugins/lazy-load/images/lazy_placeholder.gif\" data-src=\"/uploads/shoes-on-rocks.jpg\">"
                        + "<figcaption>Shoes on the rocks.</figcaption></figure>"
                        + "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-srcset=\"https://cdn.trail-notes.example/uploads/mud-800.jpg 800w,"
                        + " https://cdn.trail-notes.example/uploads/mud-1600.jpg 1600w\"><figcaption>Mud at the headland.</figcaption></figure>"
                        + "<figure><a href=\"https://cdn.trail-notes.example/uploads/full/drying-rack.jpg\"><img class=\"lazy lazy-hidden\""
                        + " src=\"//trail-notes.example/plugins/lazy-load/images/lazy_placeholder.gif\" srcset=\"\"></a>"
                        + "<figcaption>The drying rack after a wet week.</figcaption></figure>"));
    }

    @Test
    void aRealPictureKeepsItsOwnAddressThoughALinkLeadsElsewhere() {
        assertEquals(List.of("https://trail-notes.example/uploads/shoe-sole.jpg"), imageUrls(
                "<figure><a href=\"https://shop.example/trail-shoe-x.jpg\"><img src=\"/uploads/shoe-sole.jpg\"></a>"
                        + "<figcaption>The sole after 200 km.</figcaption></figure>"));
    }

    @Test
    void aPhotoWhoseNameHoldsAPlaceholdersWordIsAPhoto() {
        assertEquals(List.of("https://trail-notes.example/uploads/pixel-9-on-the-trail.jpg"), imageUrls(
                "<figure><img src=\"/uploads/pixel-9-on-the-trail.jpg\" srcset=\"/uploads/pixel-9-on-the-trail-300x200.jpg 300w\">"
                        + "<figcaption>The phone's GPS on the trail.</figcaption></figure>"));
    }
}
