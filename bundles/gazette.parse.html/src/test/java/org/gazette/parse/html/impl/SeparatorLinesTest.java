package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** A paragraph that prints no word and no sign ({@link Text#printsNothing}) is no paragraph of the text. */
class SeparatorLinesTest {

    @Test
    void rulesAndInvisibleParagraphsGo() {
        String one = "PORTHAVEN (AP) — A gale brought down power lines across the county on Friday.";
        String two = "Associated Press writer Sara Okafor in London contributed to this report.";
        String three = "Engineers expect most homes to be reconnected by Saturday evening.";
        Article a = new HtmlParser(config("10MB")).parse(page("https://coast-news.example/gale", "Gale brings down power lines", "",
                "<article>" + paragraphs(one, three, "___", two) + "<p>\u200d</p><p>* * *</p><p>|</p></article>"));
        assertEquals(String.join("\n\n", one, three, two), a.text);
    }

    @Test
    void valuesPrintedAsSignsAreText() {
        for (String value : new String[] {"✓", "☆☆☆☆", "$$$", "€", "❌", "👍", "5", "a"}) {
            assertFalse(Text.printsNothing(value), value);
        }
        for (String rule : new String[] {"___", "—", "* * *", "|", "\u200d", "§", "…", "{}"}) {
            assertTrue(Text.printsNothing(rule), rule);
        }
    }
}
