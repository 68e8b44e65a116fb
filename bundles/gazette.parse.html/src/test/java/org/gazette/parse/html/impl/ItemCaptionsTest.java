package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The caption a list article's item template prints over each entry's prose ({@link ItemCaptions}). */
class ItemCaptionsTest {
    private static final String INTRO = "<p>A gooseneck kettle pours slowly and steadily, which is what a pour-over brew needs.</p>";
    private static final String INTRO_TEXT = "A gooseneck kettle pours slowly and steadily, which is what a pour-over brew needs.";
    private static final String[] NAMES = {"Aster Pour 1.0", "Birch Gooseneck", "Cinder Electric Pro", "Dune Travel Kettle"};
    private static final String[] REVIEWS = {
        "The spout is thin and the flow stays even from a full kettle to the last cup of the morning.",
        "A wooden handle that stays cool, a lid that sits firmly, and a thermometer set into the lid.",
        "It holds any temperature for an hour and beeps once when the water is ready for the filter.",
        "Small enough for a backpack, it still pours a steady stream for two cups of coffee at camp."};

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = "<html><head><title>Best kettles</title></head><body><header><nav><a href=/>Home</a></nav></header>"
                + "<article><h1>The best gooseneck kettles</h1>" + INTRO + content + "</article></body></html>";
        Article a = parser.parse(document("https://brew-notes.example/kettles", html));
        return a.text;
    }

    /** Each entry of the list: a caption in the given markup, then the entry's review. */
    private static String entries(String before, String after) {
        StringBuilder html = new StringBuilder();
        for (int k = 0; k < NAMES.length; k++) {
            html.append("<div class=entry>").append(before).append(NAMES[k]).append(after).append("<p>").append(REVIEWS[k])
                    .append("</p></div>");
        }
        return html.toString();
    }

    private static String entriesText(boolean captions) {
        StringBuilder text = new StringBuilder(INTRO_TEXT);
        for (int k = 0; k < NAMES.length; k++) {
            text.append(captions ? "\n\n" + NAMES[k] : "").append("\n\n").append(REVIEWS[k]);
        }
        return text.toString();
    }

    @Test
    void captionOfEachEntryOverItsProseIsText() {
        assertEquals(entriesText(true), text(entries("<div class=entry-name>", "</div>")));
    }

    @Test
    void labelsThatAreNotATemplatesCaptionsStayLabels() {
        // a label printed once, a price
        assertEquals(String.join("\n\n", INTRO_TEXT, REVIEWS[0]),
                text("<div class=price>$49.99</div><p>" + REVIEWS[0] + "</p>"));
        // a badge drawn with an icon beside its words
        assertEquals(entriesText(false), text(entries("<div class=badge><span class=icon></span>", "</div>")));
        // lines in unnamed elements: a layout's, no template's named part
        assertEquals(entriesText(false), text(entries("<div>", "</div>")));
        // figures of a stat grid, no prose after each
        assertEquals(INTRO_TEXT, text("<div class=stats><div class=stat><div class=stat-value>80+</div><div class=stat-label>"
                + "kettles tested</div></div><div class=stat><div class=stat-value>12</div><div class=stat-label>brands</div></div>"
                + "<div class=stat><div class=stat-value>3</div><div class=stat-label>weeks</div></div><div class=stat>"
                + "<div class=stat-value>400</div><div class=stat-label>cups</div></div></div>"));
    }

    @Test
    void theSameLabelAtEveryBreakOfALongStoryIsNoCaption() {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder(INTRO_TEXT);
        for (String review : REVIEWS) {
            html.append("<div class=break-label>Our pick of the week</div><p>").append(review).append("</p>");
            text.append("\n\n").append(review);
        }
        assertEquals(text.toString(), text(html.toString()));
    }

    @Test
    void creditsAndTimesOverEachEntryAreNoCaptions() {
        String[] credits = {"Photo: Reuters", "Photo: AP", "Photo: Getty Images", "Photo: AFP"};
        String[] times = {"10:32 GMT", "Updated 10:45 am", "11:02 GMT", "Updated 11:30 am"};
        for (String[] lines : new String[][] {credits, times}) {
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder(INTRO_TEXT);
            for (int k = 0; k < REVIEWS.length; k++) {
                html.append("<div class=entry-note>").append(lines[k]).append("</div><p>").append(REVIEWS[k]).append("</p>");
                text.append("\n\n").append(REVIEWS[k]);
            }
            assertEquals(text.toString(), text(html.toString()));
        }
    }
}
