package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** A newsletter issue kept on the web: the lines it printed for readers of the mail are not the article's. */
class NewsletterArchivesTest {

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void theLinesForReadersOfTheMailLeaveTheText() {
        String[] text = {
            "Good morning. The harbour board met on Thursday night and agreed, after three hours, to rebuild the north pier"
                    + " before the summer season rather than after it.",
            "The work will close the ferry berth for six weeks, and the island boats will use the fish quay instead.",
            "Next week: what the new timetable means for the school run, and why the bus company is not happy about it.",
        };
        String body = "<div class=\"email-body\"><p>Is this email not displaying correctly? <a href=\"/p/issue-42\">View it in your browser.</a></p>"
                + "<h1>Issue 42: The pier decision</h1>"
                + "<p>Was this newsletter forwarded to you? <a href=\"/subscribe\">Sign up</a> to get it in your inbox.</p>"
                + paragraphs(text)
                + "<p>You received this email because you signed up for The Harbour Letter. <a href=\"/unsubscribe\">Unsubscribe</a></p>"
                + "</div>";
        Article a = parser.parse(page("https://harbourletter.example/p/issue-42", "Issue 42: The pier decision", "", body));

        assertEquals(String.join("\n\n", text), a.text);
    }
}
