package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A closing box printed again after the article's last paragraph printed once goes ({@link RepeatedTails}):
 * an FAQ's answer printed again in a toggle box, a sign-off printed above and under the text; a
 * paragraph repeated among the article's paragraphs stays, and so does a song's refrain.
 */
class RepeatedTailsTest {

    private static final String[] TEXT = {
        "Sourdough starters need flour, water and time, and most of the work happens while the baker is asleep.",
        "A young starter smells sharp for the first week, then settles into the mild sourness bakers look for.",
        "Feeding it twice a day at room temperature is enough; a cold kitchen only slows it down a little.",
        "Once it doubles within six hours of a feeding, it is strong enough to raise a loaf on its own.",
        "Keep a spoonful back from every bake, and the starter will outlive the jar it was first mixed in.",
    };

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    /** The toggle's question, left without its answer, goes as an empty heading. */
    @Test
    void answersPrintedAgainInAToggleBoxUnderTheTextAreKeptOnce() {
        String question = "How warm should the kitchen be?";
        String answer = "Anywhere between twenty and twenty-six degrees works; warmer kitchens only make it rise faster.";
        String toggle = "<div class=toggle-area><h5>" + question + "</h5><div class=toggle-cont><p>" + answer + "</p></div></div>";
        Article a = parser.parse(page("https://crumb-notes.example/starter", "Starter basics", "",
                "<main><article><div class=post-body>" + paragraphs(TEXT) + "<h2>FAQ</h2><h3>" + question + "</h3>"
                        + paragraphs(answer) + toggle + "</div></article></main>"));
        assertEquals(String.join("\n\n", TEXT) + "\n\nFAQ\n\n" + question + "\n\n" + answer, a.text);
    }

    @Test
    void signOffPrintedAboveAndUnderTheTextIsKeptAbove() {
        String signOff = "Want more bread tips and weekly recipes? Come and bake along with us on our video channel!";
        Article a = parser.parse(page("https://crumb-notes.example/starter", "Starter basics", "",
                "<main><article><div class=post-body>" + paragraphs(signOff) + paragraphs(TEXT) + paragraphs(signOff)
                        + "</div></article></main>"));
        assertEquals(signOff + "\n\n" + String.join("\n\n", TEXT), a.text);
    }

    @Test
    void paragraphRepeatedAmongTheParagraphsStays() {
        String step = "Feed the starter with equal weights of flour and water, stir well and leave it covered overnight.";
        Article a = parser.parse(page("https://crumb-notes.example/starter", "Starter basics", "",
                "<main><article><div class=post-body>" + paragraphs(TEXT[0], step, TEXT[1], TEXT[2], step, TEXT[3], TEXT[4])
                        + "</div></article></main>"));
        assertEquals(String.join("\n\n", TEXT[0], step, TEXT[1], TEXT[2], step, TEXT[3], TEXT[4]), a.text);
    }

    @Test
    void refrainRepeatedToTheEndOfASongStays() {
        // short lines, one long verse line printed once early, then the refrain again and again: no closing box
        String refrain = "And the tide comes in over the harbour wall, and the tide goes out with the evening call";
        String verse = "We walked down to the quay where the nets were drying in the last of the summer light";
        String[] lines = {refrain, "Gulls on the roof", "Salt on the door", verse, refrain, "Boats on the slip", "Ropes on the floor",
            refrain, "Lamps in the square", "Songs from the shore", refrain};
        String html = paragraphs(lines);
        Article a = parser.parse(page("https://harbour-songs.example/tide", "The tide song", "",
                "<main><article><div class=lyrics>" + html + "</div></article></main>"));
        assertEquals(String.join("\n\n", lines), a.text);
    }
}
