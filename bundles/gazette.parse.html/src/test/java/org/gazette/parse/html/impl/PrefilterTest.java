package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefilterTest {

    @Test
    void emptiesScriptsStylesAndComments() {
        assertEquals("<p>a</p><script> </script><p>b</p>",
                Prefilter.strip("<p>a</p><script>var s = \"</div>\"; if (a < b) x();</script><p>b</p>"));
        assertEquals("<style> </style><p>a<!---->c</p>", Prefilter.strip("<style>p { margin: 0 }</style><p>a<!-- b -->c</p>"));
    }

    @Test
    void aScriptEndsAtTheFirstEndTagEvenInsideAString() {
        assertEquals("<script> </script>\");</script><p>x</p>",
                Prefilter.strip("<script>document.write(\"</script>\");</script><p>x</p>"));
        assertEquals("<script> </script>", Prefilter.strip("<script>a</scripts>b</script>"));
    }

    @Test
    void tagNamesInAnyCase() {
        assertEquals("<SCRIPT TYPE=\"text/javascript\"> </SCRIPT><STYLE> </Style >",
                Prefilter.strip("<SCRIPT TYPE=\"text/javascript\">x = 1;</SCRIPT><STYLE>p {}</Style >"));
    }

    @Test
    void commentsHoldingTagsAreEmptied() {
        assertEquals("<!----><p>a</p>", Prefilter.strip("<!-- <script>x()</script> <p>old</p> --><p>a</p>"));
        assertEquals("<!--><p>a</p><!--->", Prefilter.strip("<!--><p>a</p><!--->"));
    }

    @Test
    void jsonLdIsKept() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A < B\"}</script>";
        assertEquals(ld + "<script> </script>", Prefilter.strip(ld + "<script>track();</script>"));
        String encoded = "<script type='application/ld&#x2B;json'>{\"@type\":\"NewsArticle\"}</script>";
        assertSame(encoded, Prefilter.strip(encoded));
    }

    @Test
    void quotedAttributesMayHoldTags() {
        assertEquals("<div data-html=\"<script>x</script>\">y</div><script> </script>",
                Prefilter.strip("<div data-html=\"<script>x</script>\">y</div><script>z()</script>"));
        assertEquals("<title>Scripts &amp; styles</title><script> </script>",
                Prefilter.strip("<title>Scripts &amp; styles</title><script>z()</script>"));
    }

    @Test
    void whatTheScanDoesNotModelIsKept() {
        String[] kept = {
            "<p>a</p><script>var x = 1;", // unterminated script
            "<title>Using <script> tags</title><script>z()</script>", // markup in RCDATA
            "<textarea><script>x()</script></textarea><script>z()</script>",
            "<script><!-- document.write(\"<script>x()</script>\"); --></script><p>a</p>", // escaped script
            "<script/>x()</script>", // jsoup reads it as a script all the same
            "<plaintext><script>x()</script>",
            "<p>a<!-- never closed <script>x()</script>",
            "<div class=a<script>x()</script>",
            "<script src=\"a.js\"></script>",
        };
        for (String html : kept) {
            assertSame(html, Prefilter.strip(html), html);
        }
        assertEquals("<p>a</p><script> </script><p>b</p><script>var x = 1;",
                Prefilter.strip("<p>a</p><script>x()</script><p>b</p><script>var x = 1;"));
    }

    @Test
    void foreignContentIsLeftAlone() {
        assertEquals("<svg><style>.a{}</style><title>Logo</title></svg><style> </style>",
                Prefilter.strip("<svg><style>.a{}</style><title>Logo</title></svg><style>p {}</style>"));
        String markup = "<svg><style>a<b>c</b></style></svg><style>p {}</style>";
        assertSame(markup, Prefilter.strip(markup));
    }

    @Test
    void escapedScriptWithoutNestedScriptIsEmptied() {
        assertEquals("<script> </script><p>a</p>", Prefilter.strip("<script><!-- x(); //--></script><p>a</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wordpress-article.html", "drupal-article.html", "amp-article.html", "comments-article.html",
        "german-article.html", "index-page.html", "jsonld-only.html", "rtl-article.html", "section-front.html"})
    void jsoupBuildsTheSameTree(String fixture) throws IOException {
        String html = new String(Fixtures.read(fixture), StandardCharsets.UTF_8);
        assertNull(difference(Jsoup.parse(html), Jsoup.parse(Prefilter.strip(html))));
    }

    @Test
    void jsoupBuildsTheSameTreeForTrickyPages() {
        String html = "<!DOCTYPE html><html><head><title>T</title><script>if (a < b && c > d) {}</script>"
                + "<style>p>a{}</style><script type=\"application/ld+json\">{\"a\":1}</script></head><body>"
                + "<div title='x > y' data-s=\"</script>\"><p>One<!-- c --> two</p><svg><title>Icon</title>"
                + "<path d='M0 0'/></svg><noscript><p>No script</p></noscript><SCRIPT>x()</SCRIPT>"
                + "<select><option>a<script>y()</script></select><p>end</p></div></body></html>";
        assertNull(difference(Jsoup.parse(html), Jsoup.parse(Prefilter.strip(html))));
    }

    /** The first difference between two trees other than emptied script, style and comment data. */
    private static String difference(Node a, Node b) {
        if (!a.nodeName().equals(b.nodeName()) || a.childNodeSize() != b.childNodeSize()) {
            return a.nodeName() + " vs " + b.nodeName() + " in " + a.parent();
        }
        if (a instanceof Element ea && !ea.attributes().equals(((Element) b).attributes())) {
            return "attributes of " + ea.cssSelector();
        }
        if (a instanceof TextNode ta && !ta.getWholeText().equals(((TextNode) b).getWholeText())) {
            return "text " + ta.getWholeText();
        }
        if (a instanceof DataNode da && ((Element) a.parent()).attr("type").contains("ld+json")
                && !da.getWholeData().equals(((DataNode) b).getWholeData())) {
            return "JSON-LD " + da.getWholeData();
        }
        for (int i = 0; i < a.childNodeSize(); i++) {
            String d = difference(a.childNode(i), b.childNode(i));
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
