package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Slots that themes fill beside every post ({@link PostSlots}): a widget area below the content,
 * a post's footer or meta line, whatever their text, are not the article; the post's own content
 * element is.
 */
class PostSlotsTest {

    private static final String ONE = "The library on Mill Street will open on Sundays from March, the county board decided on Monday.";
    private static final String TWO = "Staff asked for the change after a survey found that most readers work during the week.";
    private static final String THREE = "The extra hours will be paid for by closing the mobile branch, which few people still use.";
    private static final String APPEAL = "Since you read to the end of this story, we have a small favour to ask of you today.";
    private static final String APPEAL_TWO = "Our reporting is free for everyone and paid for by readers, so every gift, even a small one, keeps it so.";
    private static final String BLURB = "Millbrook Media is an independent publisher of local news for the towns along the river valley.";
    private static final String BLURB_TWO = "Founded by two former newspaper editors, it reaches more than forty thousand readers every week.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.millbrook-news.example/library", "Library opens on Sundays", "", body));
    }


    @Test
    void aWidgetAreaBelowTheContentIsNotTheArticle() {
        Article a = parse("<article class=\"post type-post entry\"><h1>Library opens on Sundays</h1><div class=entry-content>"
                + paragraphs(ONE, TWO, THREE) + "<section id=block-4 class=\"below-content widget widget_block\">"
                + "<div class=wp-block-group><h4>A small favour</h4>" + paragraphs(APPEAL, APPEAL_TWO) + "</div></section>"
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void aPublishersBlurbInAnAfterContentSlotIsNotTheArticle() {
        Article a = parse("<main><div class=single-post-content><h1>Library opens on Sundays</h1>" + paragraphs(ONE, TWO, THREE)
                + "<div id=mb-1234 class=mb-after-content>" + paragraphs(BLURB) + "<div class=grid><div>" + BLURB_TWO
                + "</div></div></div></div></main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void aPostFooterIsNotTheArticle() {
        Article a = parse("<div class=article><h1>Library opens on Sundays</h1><div class=article__body>" + paragraphs(ONE, TWO, THREE)
                + "<div class=ArticleFooter_footer__x1Yz><h3>Who we are</h3>" + paragraphs(BLURB, BLURB_TWO) + "</div>"
                + "</div></div>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void aPostsMetaLineIsNotTheArticle() {
        Article a = parse("<article><h1>Library opens on Sundays</h1><div class=entry-content>" + paragraphs(ONE, TWO, THREE)
                + "<div class=entry-info><p>Filed in Libraries and reading, County board, Mill Street, Weekend opening hours"
                + " &middot; 4 March 2025 &middot; 12 shares</p></div></div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void aWrapperNamedAsASlotThatHoldsTheArticleStays() {
        Article a = parse("<div class=after-content-wrap><h1>Library opens on Sundays</h1>" + paragraphs(ONE, TWO, THREE) + "</div>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void namesOfSlotsAfterTheText() {
        for (String name : new String[] {"below-content", "after-entry", "hbg-after-post-optin", "wpadc-selected-after-content",
            "afterContent", "content_below", "post-footer", "entry-footer", "w-article-footer", "sfn-article-bottom",
            "FITT_Article_end", "uBlogsy_post_footer", "articleFooter", "ArticleFooter_authorFooter__5NsdY", "post-meta",
            "entry-info", "article-details", "articleMeta", "post-navigation", "et_pb_posts_nav", "prev-post", "next-article",
            "nextStory"}) {
            assertTrue(PostSlots.isSlot(name, 0, name.length()), name);
        }
        for (String name : new String[] {"entry-content", "post-content", "article-body", "after-header", "content-bottom",
            "footer-bottom-content", "afterwards", "post", "bottom-bar", "postal-footer", "single-post", "single-info", "meta-info", "next", "nav-links", "story-next"}) {
            assertFalse(PostSlots.isSlot(name, 0, name.length()), name);
        }
    }

    /** The words are looked up by initial: case still does not matter, and a part starting with no word's initial is none. */
    @Test
    void partsAreComparedIgnoringCaseWhateverTheirInitial() {
        for (String name : new String[] {"BELOW-CONTENT", "After_Entry", "POST-FOOTER", "Entry-Meta", "NEXT-POST", "PrevArticle",
            "Story-End", "SINGLE_FOOTER", "posts-NAV"}) {
            assertTrue(PostSlots.isSlot(name, 0, name.length()), name);
        }
        for (String name : new String[] {"xafter-content", "post-xfooter", "9post-footer", "-", "after-", "über-content"}) {
            assertFalse(PostSlots.isSlot(name, 0, name.length()), name);
        }
    }
}
