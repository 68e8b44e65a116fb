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
 * The social profiles listed under an article ({@link SocialFollowLines}): lines whose links lead to
 * social networks, after the last paragraph, go with their label; one link to the author's profile
 * stays, and so does a list of links to other pages.
 */
class SocialFollowLinesTest {

    private static final String ONE = "A low-profile keyboard takes a week to get used to if you come from taller keycaps.";
    private static final String TWO = "After that, most people type as fast as before and find the flatter wrist angle easier.";
    private static final String THREE = "Try one in a shop before you buy, since the switches feel different from one brand to another.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void profilesUnderTheArticleAreNotBodyText() {
        Article a = parser.parse(page("https://keys.example/blog/low-profile", "Low-profile keyboards", "",
                "<article><div class=post-body>" + paragraphs(ONE, TWO, THREE)
                        + "<p>Stay Connected:</p><ul><li>Facebook: <a href='https://www.facebook.com/keysexample'>Keys</a></li>"
                        + "<li>Instagram: <a href='https://instagram.com/keysexample'>Keys</a></li>"
                        + "<li>YouTube: <a href='https://m.youtube.com/@keysexample'>Keys</a></li></ul></div></article>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void oneFollowLineWithSeveralNetworksIsNotBodyText() {
        Article a = parser.parse(page("https://keys.example/blog/low-profile", "Low-profile keyboards", "",
                "<article>" + paragraphs(ONE, TWO, THREE) + "<p>Follow us on <a href='https://x.com/keys'>X</a>,"
                        + " <a href='https://www.tiktok.com/@keys'>TikTok</a> and <a href='https://bsky.app/profile/keys'>Bluesky</a></p></article>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void oneProfileLinkStays() {
        String last = "Connect with Mira on Instagram";
        Article a = parser.parse(page("https://keys.example/blog/low-profile", "Low-profile keyboards", "",
                "<article>" + paragraphs(ONE, TWO, THREE) + "<p>Connect with Mira on <a href='https://www.instagram.com/mira'>"
                        + "Instagram</a></p></article>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE, last), a.text);
    }

    @Test
    void theArticlesOwnListOfAccountsStays() {
        String heading = "Three feeds worth following";
        String owls = "Owl Watch posts short clips of barn owls hunting along the coast at dusk";
        String tides = "Tide Tables shares the week's tides for every harbour on the north shore";
        Article a = parser.parse(page("https://keys.example/blog/feeds", "Feeds", "",
                "<article>" + paragraphs(ONE, TWO, THREE) + "<h2>" + heading + "</h2><ul>"
                        + "<li><a href='https://www.instagram.com/owlwatch'>Owl Watch</a> posts short clips of barn owls hunting along the coast at dusk</li>"
                        + "<li><a href='https://x.com/tidetables'>Tide Tables</a> shares the week's tides for every harbour on the north shore</li>"
                        + "</ul></article>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE, heading, owls, tides), a.text);
        // the same lines under a short label, no heading: still the article's, as each describes its account
        a = parser.parse(page("https://keys.example/blog/feeds", "Feeds", "",
                "<article>" + paragraphs(ONE, TWO, THREE) + "<p>Our picks:</p><ul>"
                        + "<li><a href='https://www.instagram.com/owlwatch'>Owl Watch</a> posts short clips of barn owls hunting along the coast at dusk</li>"
                        + "<li><a href='https://x.com/tidetables'>Tide Tables</a> shares the week's tides for every harbour on the north shore</li>"
                        + "</ul></article>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE, "Our picks:", owls, tides), a.text);
    }

    @Test
    void networksAreToldByTheirDomains() {
        assertTrue(SocialFollowLines.isNetwork("https://www.linkedin.com/in/jane"));
        assertTrue(SocialFollowLines.isNetwork("http://t.me/channel"));
        assertFalse(SocialFollowLines.isNetwork("https://example.com/facebook.com"));
        assertFalse(SocialFollowLines.isNetwork("https://notx.com/"));
        assertFalse(SocialFollowLines.isNetwork("/about"));
    }
}
