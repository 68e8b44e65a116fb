package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A page of React's streamed server rendering (as Next.js sends it): the article's heading and
 * first paragraph in {@code <main>}, "Loading…" fallbacks where the rest goes, and the rest at the
 * end of the body in hidden chunks that scripts move into place ({@link StreamedChunks}).
 */
class StreamedChunksTest {
    private static final String ONE = "The county opened its third solar farm on Monday, on land that had been a gravel pit.";
    private static final String TWO = "The farm will supply about four thousand homes, the council said in a statement.";
    private static final String THREE = "Work on a fourth site is to start next spring, once the planning inquiry has reported.";
    private static final String FOUR = "Residents near the site had asked for a hedge along the road, which has been planted.";
    private static final String MENU = "<header><nav><a href=/>Home</a> <a href=/energy>Energy</a> <a href=/local>Local</a></nav></header>";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void chunksGoWhereTheScriptsPutThem() {
        String html = "<html><head><title>Third solar farm opens</title></head><body>" + MENU
                + "<main><article><h1>Third solar farm opens</h1><p>" + ONE + "</p>"
                + "<!--$?--><template id=\"B:0\"></template><div>Loading <!-- -->paragraph<!-- -->...</div><!--/$-->"
                + "<!--$?--><template id=\"B:1\"></template><div>Loading <!-- -->paragraph<!-- -->...</div><!--/$-->"
                + "</article></main>"
                + "<footer><p>Sign up for our newsletter and get the week's local news every Friday morning.</p></footer>"
                + "<div hidden id=\"S:1\"><p>" + FOUR + "</p></div>"
                + "<script>$RC(\"B:1\",\"S:1\")</script>"
                + "<div hidden id=\"S:0\"><p>" + TWO + "</p><template id=\"P:2\"></template></div>"
                + "<div hidden id=\"S:2\"><p>" + THREE + "</p></div>"
                + "<script>$RC(\"B:0\",\"S:0\");$RS(\"S:2\",\"P:2\")</script></body></html>";
        Article a = parser.parse(document("https://www.county-news.example/solar", html));
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void aPageWithoutCallsKeepsItsChunks() {
        String html = "<html><head><title>Third solar farm opens</title></head><body><main><h1>Third solar farm opens</h1>"
                + "<p>" + ONE + "</p><p>" + TWO + "</p></main><div hidden id=\"S:0\"><p>" + THREE + "</p></div></body></html>";
        Article a = parser.parse(document("https://www.county-news.example/solar", html));
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void chunkIdsAreHexadecimal() {
        String html = "<html><head><title>Third solar farm opens</title></head><body>" + MENU
                + "<main><article><h1>Third solar farm opens</h1><p>" + ONE + "</p>"
                + "<!--$?--><template id=\"B:a\"></template><div>Loading <!-- -->paragraph<!-- -->...</div><!--/$-->"
                + "</article></main>"
                + "<div hidden id=\"S:a\"><p>" + TWO + "</p><template id=\"P:1f\"></template></div>"
                + "<div hidden id=\"S:1f\"><p>" + THREE + "</p></div>"
                + "<script>$RC(\"B:a\",\"S:a\");$RS(\"S:1f\",\"P:1f\")</script></body></html>";
        Article a = parser.parse(document("https://www.county-news.example/solar", html));
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void callsAreFoundAmongOtherDollarSigns() {
        assertEquals(true, StreamedChunks.hasCalls("$ $$RS(\"S:1\",\"P:1\")"));
        assertEquals(true, StreamedChunks.hasCalls("jQuery $R $(x) \u2019 $RC("));
        assertEquals(false, StreamedChunks.hasCalls("$ $R $RC $RS $R( RC( \u2019 $"));
        assertEquals(false, StreamedChunks.hasCalls(""));
    }
}
