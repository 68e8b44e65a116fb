package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Posts embedded from social networks ({@link SocialEmbeds}): the blockquote of the network's embed
 * code, bare or inside a block editor's embed figure, is not body text; a quotation is.
 */
class SocialEmbedsTest {

    private static final String ONE = "The council voted on Tuesday to close the old harbour road to lorries from next spring.";
    private static final String TWO = "Residents had asked for the change for years, after three accidents near the primary school.";
    private static final String THREE = "The haulage association said its members would need a new route to reach the container port.";
    private static final String POST = "Finally! The harbour road will be safe for our kids to walk to school again. Thank you all";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.harbour-news.example/road", "Harbour road closes to lorries", "", body));
    }


    @Test
    void embeddedTweetInABlockEditorFigureIsNotBodyText() {
        Article a = parse("<article><h1>Harbour road closes to lorries</h1><div class=entry-content>" + paragraphs(ONE, TWO)
                + "<figure class=\"wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter\">"
                + "<div class=wp-block-embed__wrapper><blockquote class=twitter-tweet data-width=550><p lang=en dir=ltr>"
                + POST + "</p>&mdash; Harbour Parents (@harbourparents) <a href=\"https://twitter.com/harbourparents/status/1\">"
                + "March 4, 2025</a></blockquote><script async src=\"https://platform.twitter.com/widgets.js\"></script>"
                + "</div></figure>" + paragraphs(THREE) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void bareInstagramAndTikTokEmbedsAreNotBodyText() {
        Article a = parse("<main><h1>Harbour road closes to lorries</h1>" + paragraphs(ONE)
                + "<blockquote class=instagram-media data-instgrm-permalink=\"https://www.instagram.com/p/x/\" data-instgrm-version=14>"
                + "<div><p>" + POST + "</p><p>A post shared by Harbour Parents (@harbourparents)</p></div></blockquote>"
                + paragraphs(TWO) + "<blockquote class=tiktok-embed cite=\"https://www.tiktok.com/@harbour/video/1\"><section>"
                + "<a href=\"https://www.tiktok.com/@harbour\">@harbour</a><p>" + POST + "</p></section></blockquote>"
                + paragraphs(THREE) + "</main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void quotationIsBodyText() {
        String quote = "We will keep the road open for buses and deliveries to the shops on the quay.";
        Article a = parse("<article><h1>Harbour road closes to lorries</h1>" + paragraphs(ONE, TWO)
                + "<blockquote class=wp-block-quote><p>" + quote + "</p><cite>The mayor</cite></blockquote>" + paragraphs(THREE)
                + "</article>");
        assertEquals(String.join("\n\n", ONE, TWO, quote, "The mayor", THREE), a.text);
    }
}
