package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Author boxes built of blocks: the name in one, the role or the bio in the next. */
class BylinePartsTest {

    private static List<String> names(String html) {
        Element byline = Jsoup.parseBodyFragment(html).body().child(0);
        return BylineParts.names(byline);
    }

    @Test
    void aRoleInABlockOfItsOwnIsNotPartOfTheName() {
        assertEquals(List.of("Liese Tanner"), names("<div class=author-box__text><h4 class=author-box__name>Liese Tanner</h4>"
                + "<div class=author-box__bio><p>Former Management Consultant</p></div></div>"));
        assertEquals(List.of("Odile Varga"), names("<div class=author><div class=name>Written by <span>Odile Varga</span></div>"
                + "<div class=position>Content Marketing Coordinator</div></div>"));
    }

    @Test
    void aLabelBlockBeforeTheNameIsPassedOver() {
        assertEquals(List.of("Odile Varga"), names("<div class=byline><div>By</div><div>Odile Varga</div><div>Senior Editor</div></div>"));
    }

    @Test
    void listItemsAreOneNameEach() {
        assertEquals(List.of("Liese Tanner", "Odile Varga"), names("<div class=authors><span>Written by:</span>"
                + "<ul><li><a href=/a/lt>Liese Tanner</a></li><li><a href=/a/ov>Odile Varga</a></li></ul></div>"));
    }

    @Test
    void oneWordLeftOfABoxHeadingIsNotAName() {
        assertEquals(List.of(), names("<div class=author-wrapper><h2>Author Spotlight</h2>"
                + "<p>Writes about gardens and the people who tend them, from allotments to country estates.</p></div>"));
        assertEquals(List.of("Example Team"), names("<div class=author-wrapper><h2>Author Spotlight</h2><div>Example Team</div></div>"));
    }

    @Test
    void aBylineNotCutIntoBlocksIsLeftToTheWholeText() {
        assertNull(names("<p class=byline>By <a href=/a/lt>Liese Tanner</a>, Senior Editor</p>"));
    }
}
