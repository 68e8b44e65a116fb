package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Threads of readers' comments that no class or id names ({@link CommentThreads}): one built with
 * utility classes only, after its form, and a WordPress-like list whose theme renamed the classes;
 * product cards with buttons, which stay.
 */
class CommentThreadsTest {

    private static final String ONE = "The allotment committee met on Tuesday to decide how the new plots by the river will be shared out.";
    private static final String TWO = "Forty households applied for twelve plots, so the committee agreed to draw lots in the village hall.";
    private static final String THREE = "Those who miss out this year go to the top of the list when the orchard plots open next spring.";
    private static final String FOUR = "The first seeds can go in the ground as soon as the frost has lifted, the committee's secretary said.";
    private static final String COMMENT_1 = "We applied last year and missed out, so it is good to hear the orchard plots are coming at last.";
    private static final String REPLY_1 = "Thanks Maria! Fingers crossed for the draw, and do come to the seed swap in March either way.";
    private static final String COMMENT_2 = "Will the plots by the river flood in winter? The lower field was under water twice last year.";
    private static final String COMMENT_3 = "Lovely news";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.village-post.example/allotments", "New allotments shared out", "", body));
    }

    /** A comment box as utility-class templates print it: name and date row, text, a reply button. */
    private static String utilityComment(String indent, String name, String text) {
        return "<div class=\"relative bg-gray-200 py-[18px] px-[21px] mb-[5px] " + indent + "\">"
                + "<div class=\"flex justify-between mb-[10px]\"><p class=\"font-bold text-[15px] uppercase\">" + name + "</p>"
                + "<p class=\"text-[11px] text-gray-500 text-right\"></p></div>"
                + "<div class=\"font-serif text-sm leading-6 break-words\"><p>" + text + "</p></div>"
                + "<div class=flex><div class=\"text-sm cursor-pointer border-[1px] px-4 rounded-[3px]\" role=button tabindex=0>"
                + "<img alt=\"\" src=\"/images/bubble.svg\"><span class=\"ml-[10px]\">Antworten</span></div></div></div>";
    }

    @Test
    void utilityClassThreadAfterItsFormIsNotBodyText() {
        String thread = "<div class=pt-12><div class=\"font-bold uppercase mb-[10px]\">Join in</div>"
                + "<div class=\"bg-[#f6f6f6]\"><input type=text placeholder=\"Name*\"><textarea placeholder=\"...\"></textarea>"
                + "<button>Post</button></div>"
                + utilityComment("pl-6", "Maria", COMMENT_1) + utilityComment("pl-12", "Sam", REPLY_1)
                + utilityComment("pl-6", "Joe", COMMENT_2) + utilityComment("pl-6", "Ann", COMMENT_3) + "</div>";
        Article a = parse("<main><h1>New allotments shared out</h1><div class=\"prose\">" + paragraphs(ONE, TWO, THREE, FOUR)
                + "</div>" + thread + "</main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    /** A comment as a WordPress theme prints it, under class names of its own. */
    private static String listedComment(int id, String name, String text) {
        return "<li class=c-item><div class=c-card><div class=c-head><b class=fn>" + name + "</b>"
                + "<time datetime=\"2025-03-0" + id + "T10:00\">March " + id + ", 2025 at 10:00 am</time></div>"
                + "<div class=c-text><p>" + text + "</p></div>"
                + "<a rel=nofollow class=c-reply href=\"/allotments/?replytocom=" + id + "#respond\">Reply</a></div></li>";
    }

    @Test
    void renamedWordPressListIsNotBodyText() {
        String list = "<ol class=c-list>" + listedComment(1, "Maria Lopez", COMMENT_1) + listedComment(2, "Sam", REPLY_1)
                + listedComment(3, "Joe", COMMENT_2) + "</ol>";
        Article a = parse("<article><h1>New allotments shared out</h1><div class=\"entry\">" + paragraphs(ONE, TWO, THREE, FOUR)
                + "</div>" + list + "</article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void cardsWithButtonsAndNoWayToAnswerStay() {
        String card = "<div class=card><p class=name>%s</p><p>%s</p><button class=add>Add to basket</button></div>";
        Article a = parse("<main><h1>New allotments shared out</h1>" + paragraphs(ONE, TWO, THREE, FOUR)
                + String.format(card, "Seed potatoes", COMMENT_1) + String.format(card, "Onion sets", COMMENT_2) + "</main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR, "Seed potatoes", COMMENT_1, "Onion sets", COMMENT_2), a.text);
    }
}
