package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The questions of an FAQ block set as loose text ({@link AnsweredQuestions}). */
class AnsweredQuestionsTest {
    private static final String INTRO = "<p>Opening a small bakery takes more paperwork than most first-time owners expect.</p>"
            + "<p>We spoke to three owners in the old town about the permits, the ovens and the first year.</p>"
            + "<p>Their advice was the same: plan the money for twelve months, not six, and start small.</p>";
    private static final String INTRO_TEXT = String.join("\n\n",
            "Opening a small bakery takes more paperwork than most first-time owners expect.",
            "We spoke to three owners in the old town about the permits, the ovens and the first year.",
            "Their advice was the same: plan the money for twelve months, not six, and start small.");
    private static final String ANSWER_ONE = "Most cities ask for a food business licence and a fire inspection, which take about six weeks.";
    private static final String ANSWER_TWO = "A second-hand deck oven costs a third of a new one and lasts for years if it is serviced.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = "<html><head><title>Opening a bakery</title></head><body><header><nav><a href=/>Home</a></nav></header>"
                + "<article><h1>Opening a bakery</h1>" + INTRO + content + "</article></body></html>";
        Article a = parser.parse(document("https://bakers-weekly.example/open", html));
        return a.text;
    }

    /** The markup of a WordPress FAQ block: the question in a {@code strong}, the answer in a {@code p}. */
    private static String faq(String question, String answer) {
        return "<div class=schema-faq-section><strong class=schema-faq-question>" + question
                + "</strong> <p class=schema-faq-answer>" + answer + "</p></div>";
    }

    @Test
    void questionsFollowedByAnIconFontsChevronAreText() {
        String item = "<div class=accordion-item><div class=accordion-item-header><div class=accordion-item-header-title>%s"
                + "<span class=\"material-icons\">chevron_right</span></div></div><div class=accordion-item-body><p>%s</p></div></div>";
        assertEquals(String.join("\n\n", INTRO_TEXT, "Which permits do I need?", ANSWER_ONE, "New or used?", ANSWER_TWO),
                text(String.format(item, "Which permits do I need?", ANSWER_ONE) + String.format(item, "New or used?", ANSWER_TWO)));
    }

    @Test
    void questionsBeforeTheirAnswersAreText() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "Which permits do I need?", ANSWER_ONE, "¿Nuevo o usado?", ANSWER_TWO),
                text("<div class=schema-faq>" + faq("Which permits do I need?", ANSWER_ONE)
                        + faq("¿Nuevo o usado?", ANSWER_TWO) + "</div>"));
    }

    /** The slides' answer, printed again after the last paragraph printed once, goes too ({@link RepeatedTails}). */
    @Test
    void labelsLinkedContentsAndRepeatedSlidesAreNot() {
        assertEquals(String.join("\n\n", INTRO_TEXT, ANSWER_ONE, ANSWER_TWO),
                text("<div class=label>Permits</div><p>" + ANSWER_ONE + "</p>"
                        + "<div class=toc><a href=#a>Permits</a><a href=#b>Which oven?</a></div><p>" + ANSWER_TWO + "</p>"
                        + "<div class=slider><div class=slide><div>Which permits?</div><p>" + ANSWER_ONE + "</p></div>"
                        + "<div class=slide><div>Which permits?</div><p>" + ANSWER_ONE + "</p></div></div>"));
    }
}
