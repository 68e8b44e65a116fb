package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Code in {@code <pre>} keeps its lines and indentation ({@link Blocks}): one block however a
 * highlighter wraps its lines, the indentation the markup adds around it removed.
 */
class PreformattedTextTest {

    private static List<String> texts(String html) {
        return Blocks.collect(Jsoup.parse(html).body()).stream().map(Blocks.Block::text).toList();
    }

    @Test
    void linesAndIndentationAreKeptButNotBlankLines() {
        // a blank line would end a paragraph of the article's text: the code keeps its other lines
        assertEquals(List.of("def fare(zone):\n    if zone > 2:\n        return 4.5\n    return 3.0"),
                texts("<pre><code>def fare(zone):\n    if zone &gt; 2:\n        return 4.5\n\n    return 3.0\n</code></pre>"));
    }

    @Test
    void theLineBreakAfterPreAndTheMarkupsIndentationGo() {
        // the template indents the code with the markup around it; Windows line ends become \n
        assertEquals(List.of("SELECT route, fare\nFROM ferries\n  WHERE season = 'summer';"),
                texts("<div>\n  <pre>\r\n      SELECT route, fare\r\n      FROM ferries\r\n        WHERE season = 'summer';\r\n  </pre>\n</div>"));
    }

    @Test
    void highlightersLinesAndBreaksAreLinesOfOneBlock() {
        assertEquals(List.of("npm install harbour-maps\nnpm run build"),
                texts("<pre class=\"highlight\"><code><div class=\"line\"><span class=\"k\">npm</span> install harbour-maps</div>"
                        + "<div class=\"line\"><span class=\"k\">npm</span> run build</div></code></pre>"));
        assertEquals(List.of("first line\nsecond line"), texts("<pre>first line<br>second line</pre>"));
    }

    @Test
    void aRunLinkBesideTheCodeIsNoLineOfIt() {
        assertEquals(List.of("fn main() {\n    println!(\"ferry\");\n}"),
                texts("<pre><a class=\"run\" href=\"https://play.example/?code=fn+main\">Run</a><code class=\"language-rust\">"
                        + "fn main() {\n    println!(\"ferry\");\n}</code></pre>"));
        assertEquals(List.of("see https://ferries.example/api\ncurl it"),
                texts("<pre>see <a href=\"https://ferries.example/api\">https://ferries.example/api</a>\ncurl it</pre>"));
    }

    @Test
    void inlineCodeAndTheTextAroundStayAsTheyWere() {
        assertEquals(List.of("Run npm run build before you deploy.", "echo done"),
                texts("<p>Run <code>npm  run\n build</code> before you deploy.</p><pre>echo done</pre>"));
    }

    @Test
    void theArticlePrintsCodeWithItsLines() {
        String one = "The timetable service answers in JSON, so a few lines of Python read it.";
        String two = "Each route comes back with its fares and its summer crossings.";
        Article a = new HtmlParser(config("10MB")).parse(page("https://dev-notes.example/ferry-api", "Reading the ferry API", "",
                "<article>" + paragraphs(one) + "<pre><code class=\"language-python\">import requests\n\n"
                        + "for route in requests.get(URL).json():\n    print(route[\"name\"])\n</code></pre>" + paragraphs(two)
                        + "</article>"));
        assertEquals(String.join("\n\n", one, "import requests\nfor route in requests.get(URL).json():\n    print(route[\"name\"])", two),
                a.text);
    }
}
