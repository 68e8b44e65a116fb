package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Link lines that end the text once the box of prose below them is set aside ({@link BodyText}):
 * a list of the site's other guides between the article and a pitch with a button ({@link CallsToAction}).
 */
class LinkLinesAfterTrimTest {

    private static final String[] TEXT = {
        "Pick a spot that gets at least six hours of direct sun, since most vegetables need the light.",
        "Start small: a bed of three metres by one is enough for a first season and easy to keep weeded.",
        "Dig in a few centimetres of compost before planting, and again every autumn after the harvest.",
        "Sow the quick crops first, radishes and lettuce, so that you see results within a month or so.",
        "Water deeply twice a week rather than a little every day, so that the roots learn to go down.",
        "Keep a notebook of what you planted where; next year you will want to move each crop along.",
    };
    private static final String PITCH = "Grow more next year with our planner: plans, dates and reminders.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void guideLinksAboveASetAsidePitchAreNotBodyText() {
        String guides = "<div class=guides><ul><li><a href=\"/guides/soil\">How to prepare garden soil</a></li>"
                + "<li><a href=\"/guides/seeds\">Starting seeds indoors</a></li>"
                + "<li><a href=\"/guides/weeds\">Ten ways to keep weeds down</a></li></ul></div>";
        Article a = parser.parse(page("https://garden.example/guides/first-vegetable-garden", "Your first vegetable garden", "",
                "<main><div class=post-body>" + paragraphs(TEXT) + guides + "<div class=planner-box><p>" + PITCH
                        + "</p><a class=\"btn btn-green\" href=\"/planner\">Try the planner</a></div></div></main>"));
        assertEquals(String.join("\n\n", TEXT), a.text);
    }

    @Test
    void linkLinesThatTheLastParagraphIntroducesWithAColonAreText() {
        String intro = "If you want to read more before your first season, these are the guides I keep going back to:";
        String links = "<ul><li><a href=\"https://seeds.example/sowing\">The sowing calendar</a></li>"
                + "<li><a href=\"https://soil.example/compost\">Compost for beginners</a></li></ul>";
        String related = "<ul class=more><li><a href=\"/guides/soil\">How to prepare garden soil</a></li>"
                + "<li><a href=\"/guides/seeds\">Starting seeds indoors</a></li></ul>";
        Article a = parser.parse(page("https://garden.example/guides/first-vegetable-garden", "Your first vegetable garden", "",
                "<main><div class=post-body>" + paragraphs(TEXT) + "<p>" + intro + "</p>" + links + "</div></main>"));
        assertEquals(String.join("\n\n", String.join("\n\n", TEXT), intro, "The sowing calendar", "Compost for beginners"), a.text);
        Article b = parser.parse(page("https://garden.example/guides/first-vegetable-garden", "Your first vegetable garden", "",
                "<main><div class=post-body>" + paragraphs(TEXT) + related + "</div></main>"));
        assertEquals(String.join("\n\n", TEXT), b.text);
    }

    @Test
    void aBareLinkThatTheLastParagraphIntroducesIsNoStrayLine() {
        String intro = "The planting plan I used for this bed is free to download, and you can find it here:";
        String url = "https://garden.example/files/first-bed-plan.pdf";
        Article a = parser.parse(page("https://garden.example/guides/first-vegetable-garden", "Your first vegetable garden", "",
                "<main><div class=post-body>" + paragraphs(TEXT) + "<p>" + intro + "</p><p><a href=\"" + url + "\">" + url
                        + "</a></p><p>Share</p></div></main>"));
        assertEquals(String.join("\n\n", String.join("\n\n", TEXT), intro, url), a.text);
    }
}
