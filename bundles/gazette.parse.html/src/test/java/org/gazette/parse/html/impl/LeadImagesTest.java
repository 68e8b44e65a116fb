package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The lead image of a page that declares none ({@link LeadImages}): the article's first picture,
 * not its decorations, and never in place of a declared one.
 */
class LeadImagesTest {

    private static final String TEXT = paragraphs(
            "The county opened its third composting site on Monday, next to the recycling centre on the ring road.",
            "Residents can bring garden waste free of charge; food waste follows in the spring once the new hall is built.",
            "The council expects the three sites to take a fifth of the household waste that now goes to landfill.");
    private static final String URL = "https://county.example/news/2025/composting-site";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String head, String body) {
        return parser.parse(page(URL, "A third composting site opens", head, body));
    }

    @Test
    void firstPictureOfTheArticleAfterItsDecorations() {
        String decorations = "<div class=\"post-meta\"><div class=\"author-box\"><div><img src=/staff/jane-doe.jpg width=300></div>"
                + "<span>Jane Doe</span></div></div>"
                + "<img class=site-logo src=/img/county-crest.png>"
                + "<img src=/img/divider.svg><img src=/img/spinner.gif>"
                + "<img src=/track?id=4 width=1 height=1>"
                + "<img src=/files/styles/120x120/public/thumb.jpg>"
                + "<a href=/news/2025/other-story><img src=/img/other-story.jpg></a>";
        String figure = "<figure><a href=\"/files/compost-site-full.jpg\"><img src=\"../../files/compost-site.jpg\" width=1200 height=675>"
                + "</a><figcaption>The new site on the ring road.</figcaption></figure>";
        Article a = parse("", "<article><h1>A third composting site opens</h1>" + decorations + figure + TEXT + "</article>");
        assertEquals("https://county.example/files/compost-site.jpg", a.leadImage);
        assertEquals("body image", a.provenance.get("leadImage"));
    }

    @Test
    void lazyLoadedPictureGivesItsRealAddress() {
        Article a = parse("", "<article>" + TEXT.substring(0, TEXT.indexOf("</p>") + 4)
                + "<p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"https://cdn.county.example/compost-rows.webp\"></p>"
                + TEXT + "</article>");
        assertEquals("https://cdn.county.example/compost-rows.webp", a.leadImage);
    }

    @Test
    void declaredImageWins() {
        Article a = parse("<meta property=\"og:image\" content=\"https://county.example/share/compost.jpg\">",
                "<article><img src=/files/compost-site.jpg>" + TEXT + "</article>");
        assertEquals("https://county.example/share/compost.jpg", a.leadImage);
        assertEquals("og:image", a.provenance.get("leadImage"));
    }

    @Test
    void onlyDecorationsGiveNoImage() {
        Article a = parse("", "<article><div class=byline><img src=/staff/jane-doe.jpg width=400>Jane Doe</div>"
                + "<img src=/icons/share.png><img src=/img/logo-county.png>" + TEXT + "</article>");
        assertNull(a.leadImage);
    }

    @Test
    void segmentsAboveTheRootAreDropped() {
        assertEquals("https://news.example/assets/a.jpg", Page.withoutSegmentsAboveRoot("https://news.example/../../assets/a.jpg"));
        assertEquals("https://news.example/", Page.withoutSegmentsAboveRoot("https://news.example/.."));
        assertEquals("https://news.example/a/../b.jpg", Page.withoutSegmentsAboveRoot("https://news.example/a/../b.jpg"));
        assertEquals("https://news.example/a.jpg", Page.withoutSegmentsAboveRoot("https://news.example/.././a.jpg"));
        assertEquals("https://news.example/?a", Page.withoutSegmentsAboveRoot("https://news.example/..?a"));
        assertEquals("https://news.example?next=/../x", Page.withoutSegmentsAboveRoot("https://news.example?next=/../x"));
        assertEquals("https://news.example/..foo/a.jpg", Page.withoutSegmentsAboveRoot("https://news.example/..foo/a.jpg"));
    }

    @Test
    void placeholderAddressesGiveWayToTheRealOne() {
        String body = "<article><img src=\"about:blank\"><img src=\"javascript:void(0)\"><img src=\"#\">"
                + "<img src=/img/1x1.png data-srcset=\"https://cdn.county.example/compost-aerial.jpg 1200w, https://cdn.county.example/compost-aerial-600.jpg 600w\">"
                + TEXT + "</article>";
        assertEquals("https://cdn.county.example/compost-aerial.jpg", parse("", body).leadImage);
    }

    @Test
    void wordsAreWholeWordsOfTheFileNameAltAndClasses() {
        // "iconic" is no icon, a host is no file name, a percentage is no pixel size, a post's tag class is no role
        String body = "<article class=\"post tag-logo-design category-branding\"><header class=entry-header><h1>A third composting site opens</h1>"
                + "<img src=\"https://siliconvalley-icons.example/media/compost-hero.jpg\" alt=\"The iconic crane over the site\" width=\"100%\">"
                + "</header>" + TEXT + "</article>";
        assertEquals("https://siliconvalley-icons.example/media/compost-hero.jpg", parse("", body).leadImage);
    }
}
