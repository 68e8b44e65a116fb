package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link LongText#exceeds} says yes only when the element's normalised text is longer. */
class LongTextTest {

    private static final String[] PARTS = {"word ", "\u00AD", "\u200B", "\u00A0", " \n\t ", "<b>bold</b>", "<p>",
        "</p>", "<br>", "<script>var x = 1;</script>", "\u0001", "\u00E9t\u00E9", "<pre>  a  </pre>"};

    @Test
    void countsOnlyTheTextThatStays() {
        Element div = Jsoup.parse("<div>  ab\u00AD\u00AD\u200B <script>long script text</script> <i>cd</i>  </div>")
                .selectFirst("div");
        assertFalse(LongText.exceeds(div, 4));
        assertTrue(LongText.exceeds(div, 3));
    }

    @Test
    void neverExceedsWhenTheTextIsShortEnough() {
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder html = new StringBuilder("<div>");
            for (int i = random.nextInt(20); i > 0; i--) {
                html.append(PARTS[random.nextInt(PARTS.length)]);
            }
            Element div = Jsoup.parse(html.append("</div>").toString()).selectFirst("div");
            int length = Text.normalise(div.text()).length();
            for (int max = 0; max < 40; max++) {
                if (LongText.exceeds(div, max)) {
                    assertTrue(length > max, html + " max " + max);
                }
            }
        }
    }
}
