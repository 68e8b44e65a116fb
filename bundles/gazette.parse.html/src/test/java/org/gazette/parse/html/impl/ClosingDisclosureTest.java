package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The affiliate notice a blog puts under every post ({@link Edges}): the last paragraph, when it is
 * such a notice, is no part of the article; a list item that names a product as an affiliate link
 * is the article's own.
 */
class ClosingDisclosureTest {

    private static final String ONE = "Feed the starter the night before, so it is bubbly and doubled by the time you mix the dough.";
    private static final String TWO = "Bake the loaf in a covered pot for the first twenty minutes, then uncover it to brown the crust.";
    private static final String THREE = "Let it cool for an hour before slicing, or the crumb will turn gummy under the knife.";
    private static final String NOTICE = "Disclosure: As an affiliate marketer, I earn from qualifying purchases. If you click a product"
            + " link on this blog and buy it, I may receive a small commission at no extra cost to you.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void affiliateNoticeClosingThePostIsNotBodyText() {
        Article a = parser.parse(page("https://kitchen.example/sourdough-loaf", "Sourdough loaf", "",
                "<article><div class=entry-content>" + paragraphs(ONE, TWO, THREE, NOTICE) + "</div></article>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void listItemNamingAnAffiliateLinkStays() {
        String item = "I keep my flour in this airtight bin and weigh it on this kitchen scale (both are affiliate links).";
        Article a = parser.parse(page("https://kitchen.example/sourdough-loaf", "Sourdough loaf", "",
                "<article><div class=entry-content>" + paragraphs(ONE, TWO, THREE) + "<ul><li>" + item
                        + "</li></ul></div></article>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE, item), a.text);
    }
}
