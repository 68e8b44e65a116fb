package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A line above the text in a box that the template names for the post's date ({@code p.post-date},
 * {@code div.dateline}) is the date line even when its wording or format is not one the date reader
 * knows ({@link Edges}); so is a short meta line that prints a {@code <time>} or an element named for the date
 * among its fields.
 */
class DateBoxLinesTest {

    private static final String ONE = "The river authority opened the new fish ladder at the weir on Tuesday after two years of work.";
    private static final String TWO = "Salmon have not passed the weir since it was raised in the sixties, the authority said.";
    private static final String THREE = "Volunteers will count the fish that use the ladder every morning until the end of the season.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void aLineInTheDateBoxAboveTheTextIsNoBodyText() {
        Article a = parser.parse(page("https://weir.example/news/ladder", "Fish ladder opens | Weir News", "",
                "<main><h1>Fish ladder opens</h1><p class=\"text-small post-date\">REVISED 09:15 CET / MARCH 3 2025</p>"
                        + "<div class=body>" + paragraphs(ONE, TWO, THREE) + "</div></main>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void aLineWithoutDigitsInADateBoxStays() {
        Article a = parser.parse(page("https://weir.example/news/ladder", "Fish ladder opens | Weir News", "",
                "<main><h1>Fish ladder opens</h1><div class=body><div class=dateline><p>Weir Valley</p></div>"
                        + paragraphs(ONE, TWO, THREE) + "</div></main>"));
        assertEquals(String.join("\n\n", "Weir Valley", ONE, TWO, THREE), a.text);
    }

    @Test
    void aMetaLinePrintingThePostsTimeIsNoBodyTextWhateverItsLabels() {
        // long enough to count as prose, labelled in words the date reader does not know
        Article a = parser.parse(page("https://weir.example/news/ladder", "Fish ladder opens | Weir News", "",
                "<main><h1>Fish ladder opens</h1><div class=haber-bilgi><span class=yazar>Deniz Aksoy</span> "
                        + "<span>Giriş: <time datetime=\"2025-03-03T09:15:00+03:00\">03.03.2025 09:15</time></span> "
                        + "<span>Güncelleme: 03.03.2025 11:40</span></div>"
                        + "<div class=body>" + paragraphs(ONE, TWO, THREE) + "</div></main>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void aSentenceWithATimeStays() {
        String first = "The ladder opened on <time datetime=\"2025-03-03\">3 March 2025</time> after two years of work.";
        Article a = parser.parse(page("https://weir.example/news/ladder", "Fish ladder opens | Weir News", "",
                "<main><h1>Fish ladder opens</h1><div class=body>" + paragraphs(first, TWO, THREE) + "</div></main>"));
        assertEquals(String.join("\n\n", "The ladder opened on 3 March 2025 after two years of work.", TWO, THREE), a.text);
    }

    @Test
    void aMetaLineWithADateNamedFieldIsNoBodyTextWhateverItsCalendar() {
        // a news code and a date in a calendar the date reader does not read, the date in an element named for it
        Article a = parser.parse(page("https://weir.example/news/48213", "Fish ladder opens | Weir News", "",
                "<main><div class=news-box><div class=news-info><span class=news-code>News ID: 48213</span> "
                        + "<span class=news-date>Published: Thursday 23 Shahrivar 1402 - 12:00</span></div>"
                        + "<h1>Fish ladder opens</h1><div class=body>" + paragraphs(ONE, TWO, THREE) + "</div></div></main>"));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void aSentenceWithADateNamedFieldStays() {
        String first = "The ladder opened on <span class=news-date>3 March 2025</span> after two years of work.";
        Article a = parser.parse(page("https://weir.example/news/ladder", "Fish ladder opens | Weir News", "",
                "<main><h1>Fish ladder opens</h1><div class=body>" + paragraphs(first, TWO, THREE) + "</div></main>"));
        assertEquals(String.join("\n\n", "The ladder opened on 3 March 2025 after two years of work.", TWO, THREE), a.text);
    }
}
