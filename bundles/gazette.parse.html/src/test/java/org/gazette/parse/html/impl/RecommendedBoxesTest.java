package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A box of story cards that a news template embeds among the paragraphs ("Recommended", "Related") goes with its
 * title, also when its cards went before the label rule ran: the title alone would head the next paragraph.
 */
class RecommendedBoxesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private static final String BEFORE = "<p>Lawmakers reached a budget deal late on Thursday that restores funding for the rural"
            + " hospitals that the first proposal had cut, after three weeks of talks.</p>"
            + "<p>The agreement still needs a final vote in both chambers next week, and it also includes a raise for the"
            + " staff of the state's agencies.</p>";
    private static final String AFTER = "<p>Hospital managers had warned that the cuts would end births at four small hospitals,"
            + " leaving some families more than an hour from the nearest ward.</p>"
            + "<p>The governor's office said she would sign the budget if it reaches her desk in its current form.</p>";

    private Article parse(String box) {
        return parser.parse(unhinted("https://radio.example/news/2025/03/14/budget-deal",
                "<html><body><main><h1>Budget deal restores funding for rural hospitals</h1>"
                        + "<div class=\"RichTextArticleBody\">" + BEFORE + box + AFTER + "</div></main></body></html>"));
    }

    @Test
    void theTitleOfACardBoxGoesWithItsCards() {
        Article a = parse("<div class=\"Enhancement\"><div class=\"ListD\"><div class=\"ListD-title\"><h3>Recommended</h3></div>"
                + "<div class=\"ListD-items\"><div class=\"PagePromo\"><div class=\"PagePromo-title\">"
                + "<a href=\"/news/clinics-hire\">Rural clinics struggle to hire nurses</a></div></div>"
                + "<div class=\"PagePromo\"><div class=\"PagePromo-title\"><a href=\"/news/hospital-fund\">How the state hospital fund works</a>"
                + "</div></div></div></div></div>");
        assertFalse(a.text.contains("Recommended"), a.text);
        assertFalse(a.text.contains("Rural clinics struggle"), a.text);
        assertTrue(a.text.contains("Hospital managers had warned"), a.text);
        assertTrue(a.text.contains("The agreement still needs"), a.text);
    }

    @Test
    void aSectionThatTheSameWordHeadsStays() {
        Article a = parse("<h3>Recommended</h3><p>Doctors say the recommended distance to a maternity ward is thirty minutes by car,"
                + " and that many of the valley's towns are already further away than that.</p>");
        assertTrue(a.text.contains("Recommended"), a.text);
    }
}
