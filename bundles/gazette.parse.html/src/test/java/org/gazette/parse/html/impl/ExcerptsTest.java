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
 * A post's excerpt printed above its text ({@link Excerpts}), as WordPress block themes and
 * classic themes print it, and excerpts that are the text itself, which stay.
 */
class ExcerptsTest {

    private static final String EXCERPT = "Three weeks, two cameras and one very patient fox: what it takes to film a den at dawn.";
    private static final String ONE = "The den sat under a fallen beech at the edge of the wood, and the cubs came out just before sunrise.";
    private static final String TWO = "We set the first camera on a tripod twenty metres away, hidden in a bramble thicket, and waited.";
    private static final String THREE = "On the ninth morning the vixen walked past the lens so close that the autofocus gave up entirely.";
    private static final String FOUR = "By the third week the cubs ignored the clicking shutter and played in the open for an hour or more.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.wild-lens.example/fox-den", "Filming a fox den", "", body));
    }


    @Test
    void blockThemeExcerptAboveTheTextIsNotBodyText() {
        Article a = parse("<main><h1 class=wp-block-post-title>Filming a fox den</h1>"
                + "<div class=\"has-text-align-center wp-block-post-excerpt\"><p class=wp-block-post-excerpt__excerpt>" + EXCERPT
                + "</p></div><div class=\"entry-content wp-block-post-content\">" + paragraphs(ONE, TWO, THREE, FOUR) + "</div></main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void classicThemeExcerptInThePostHeaderIsNotBodyText() {
        Article a = parse("<article class=single-post><div class=post-header><h1>Filming a fox den: three weeks at dawn</h1>"
                + "<div class=postExcerpt>" + EXCERPT + "</div></div><div class=post-content>" + paragraphs(ONE, TWO, THREE, FOUR)
                + "</div></article>");
        assertFalse(a.text.contains(EXCERPT), a.text);
        assertTrue(a.text.startsWith(ONE), a.text);
    }

    @Test
    void excerptsThatAreTheTextStay() {
        String cards = "<div class=venue><h2>The Quay Hide</h2><div class=venue-excerpt><p>" + ONE + "</p></div></div>"
                + "<div class=venue><h2>Beech Wood Hide</h2><div class=venue-excerpt><p>" + TWO + "</p></div></div>"
                + "<div class=venue><h2>Marsh Tower</h2><div class=venue-excerpt><p>" + THREE + "</p></div></div>";
        Article a = parse("<article><h1>Three hides for filming foxes</h1>" + cards + "</article>");
        assertEquals(String.join("\n\n", "The Quay Hide", ONE, "Beech Wood Hide", TWO, "Marsh Tower", THREE), a.text);
    }

    @Test
    void namesOfExcerpts() {
        assertTrue(Excerpts.namesExcerpt("wp-block-post-excerpt"));
        assertTrue(Excerpts.namesExcerpt("entry_excerpt"));
        assertTrue(Excerpts.namesExcerpt("postExcerpt"));
        assertFalse(Excerpts.namesExcerpt("excerpts-list"));
        assertFalse(Excerpts.namesExcerpt("Excerptor"));
    }
}
