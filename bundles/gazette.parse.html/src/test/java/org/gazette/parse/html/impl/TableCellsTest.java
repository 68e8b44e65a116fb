package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** Cells of one table that print the same value are each kept, and a row is one line ({@link TableCells}). */
class TableCellsTest {
    private static final String INTRO = "<p>We compared four note-taking apps on the features our readers asked about most often.</p>"
            + "<p>Each was used for a month on a laptop and a phone, syncing between the two every day.</p>";
    private static final String INTRO_TEXT = String.join("\n\n",
            "We compared four note-taking apps on the features our readers asked about most often.",
            "Each was used for a month on a laptop and a phone, syncing between the two every day.");
    private static final String AFTER = "<p>All four export to plain text, so trying one out costs nothing but an afternoon.</p>";
    private static final String AFTER_TEXT = "All four export to plain text, so trying one out costs nothing but an afternoon.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = "<html><head><title>Note apps compared</title></head><body>"
                + "<article><h1>Four note-taking apps compared</h1>" + INTRO + content + AFTER + "</article></body></html>";
        Article a = parser.parse(document("https://desk-notes.example/note-apps", html));
        return a.text;
    }

    @Test
    void repeatedValuesOfATableAreEachKept() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "Feature | Inkwell | Jotter", "Offline mode | Yes | Yes", "Sharing | No | Yes",
                AFTER_TEXT),
                text("<figure class=wp-block-table><table><thead><tr><th>Feature</th><th>Inkwell</th><th>Jotter</th></tr></thead>"
                        + "<tbody><tr><td>Offline mode</td><td>Yes</td><td><p>Yes</p></td></tr>"
                        + "<tr><td>Sharing</td><td>No</td><td>Yes</td></tr></tbody></table></figure>"));
    }

    /** A block printed twice outside a table is still a repeat, and so is a table's cell printed again after it. */
    @Test
    void repeatsOutsideOneTableStillGo() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "Our verdict", AFTER_TEXT),
                text("<h2>Our verdict</h2><h2>Our verdict</h2>"));
        assertEquals(String.join("\n\n", INTRO_TEXT, "Price | Free", AFTER_TEXT),
                text("<table><tr><td>Price</td><td>Free</td></tr></table><div><p>Free</p></div>"));
    }

    @Test
    void aRowIsOneLineButACellOfParagraphsOrALongCellStandsApart() {
        String story = "The harbour board met on Monday. ".repeat(10).trim();
        assertEquals(String.join("\n\n", INTRO_TEXT, "# | App | Price", "1 | Inkwell | Free", "2 | Jotter | \u2014", "Inkwell", story,
                "Jotter | Sync and search", AFTER_TEXT),
                text("<table><tr><th>#</th><th>App</th><th>Price</th></tr><tr><td>1</td><td>Inkwell</td><td>Free</td></tr>"
                        + "<tr><td>2</td><td>Jotter</td><td>\u2014</td></tr></table>"
                        + "<table><tr><td>Inkwell</td><td>" + story + "</td></tr>"
                        + "<tr><td>Jotter</td><td><p>Sync and search</p></td></tr></table>"));
    }
}
