package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The writer named in a dated meta line without a "By", as blog and documentation themes print it. */
class MetaLineFieldsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "The allotment society voted to open two more plots to schools this spring. ".repeat(5) + "</p>";

    private List<String> authors(String underHeadline) {
        Article a = parser.parse(unhinted("https://plots.example/news/school-plots",
                "<html><head><title>School plots</title></head><body><main><h1>Two plots for the schools</h1>"
                        + underHeadline + TEXT + "</main></body></html>"));
        return a.authors; // null when the page names no author
    }

    @Test
    void aBylineElementGivesTheNameAfterItsDate() {
        assertEquals(List.of("Ines Harrow"), authors("<div class='publish-date-author'>Mar. 4, 2025 &middot; Ines Harrow"
                + " on behalf of <a href='/teams/outreach'>the outreach group</a></div>"));
        assertEquals(List.of("Ines Harrow"), authors("<div class='post-author'>2025-03-04 | Ines Harrow</div>"));
    }

    @Test
    void aLineUnderTheHeadlineThatPicturesItsWriterNamesThem() {
        assertEquals(List.of("Ines Harrow"), authors("<div class='meta'><span>2025-03-04</span><span>·</span>"
                + "<a title='Ines Harrow'><img src='/me.png' alt='Ines Harrow'><div>Ines Harrow</div></a></div>"));
        assertEquals(List.of("Ines Harrow"), authors("<p>Mar 4, 2025 <span>&bull;</span> <img src='https://avatars.example/1.png'"
                + " class='avatar avatar-xs'> Ines Harrow in <a href='/topics/gardens'>Community Gardens</a></p>"));
    }

    @Test
    void aDatedLineWithoutAPictureOrAClassNamesNoOne() {
        // the two words after the date are the section as often as the writer
        assertNull(authors("<p>Mar 4, 2025 · Community Gardens</p>"));
        assertNull(authors("<p>Mar 4, 2025 · <img src='/icons/leaf.png' alt='leaf'> Community Gardens</p>"));
    }

    @Test
    void aOneWordFieldOrALineWithoutADateIsNoName() {
        assertNull(authors("<div class='post-author'>2025-03-04 · Gardens</div>"));
        assertNull(authors("<div class='post-author'>5 min read · Community Gardens</div>"));
    }

    @Test
    void tieWordsGoOnlyAtTheEndBeforeALink() {
        assertEquals("Ines Harrow", MetaLineFields.withoutTieWords("Ines Harrow on behalf of"));
        assertEquals("Ines Harrow", MetaLineFields.withoutTieWords("Ines Harrow"));
        assertEquals(List.of(), MetaLineFields.names("Mar 4, 2025 · Ines Harrow in", false));
        assertEquals(List.of("Ines Harrow"), MetaLineFields.names("Mar 4, 2025 · Ines Harrow in", true));
    }

    @Test
    void twoNamesAfterTheDateTellNoWriter() {
        // the section and the writer in one line: which is which is not told
        assertNull(authors("<div class='byline'>Dec. 19, 2025 · Community Gardens · Ines Harrow</div>"));
    }
}
