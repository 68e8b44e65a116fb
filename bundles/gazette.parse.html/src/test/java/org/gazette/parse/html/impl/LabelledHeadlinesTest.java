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
 * The headline printed above the text with a label after a bar or a slash ({@link LabelledHeadlines}):
 * the title rules cut the label off the title, and the line goes as the title's own line does; a
 * section heading further down that opens with the title's words stays.
 */
class LabelledHeadlinesTest {

    private static final String HEADLINE = "How a daily walk changes your sleep";
    private static final String ONE = "People who walk for half an hour in daylight fall asleep faster, a new survey of nurses finds.";
    private static final String TWO = "The effect held for night-shift workers too, as long as the walk came before their shift.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void headlineWithASectionLabelIsNotBodyText() {
        Article a = parser.parse(page("https://daily.example/opinion/walks", HEADLINE + " | Opinion", "",
                "<article><div class=story-header><h1>" + HEADLINE + " | Opinion</h1></div>"
                        + "<div class=story-body>" + paragraphs(ONE, TWO) + "</div></article>"));
        assertEquals(HEADLINE, a.title);
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void labelIsAFewWordsAfterABarSlashOrDoubleColon() {
        String key = Text.key(HEADLINE);
        assertTrue(LabelledHeadlines.isLabelled(HEADLINE + " / Dec 2025", key));
        assertTrue(LabelledHeadlines.isLabelled(HEADLINE + " :: View in Browser", key));
        assertFalse(LabelledHeadlines.isLabelled(HEADLINE + ": what the survey found", key)); // a subtitle
        assertFalse(LabelledHeadlines.isLabelled(HEADLINE + " | and what the survey of nurses found about night shifts", key));
        assertFalse(LabelledHeadlines.isLabelled("Walks | Opinion", key));
    }
}
