package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;

/** Unusable input, limits and configuration. */
class HtmlParserLimitsTest {

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void emptyDocumentsAreRejected() {
        assertEquals("empty document", assertThrows(IllegalArgumentException.class,
                () -> parser.parse(document("https://x.example/", new byte[0]))).getMessage());
        assertEquals("empty document (only whitespace)", assertThrows(IllegalArgumentException.class,
                () -> parser.parse(document("https://x.example/", " \n ".getBytes(StandardCharsets.UTF_8))))
                .getMessage());
    }

    @Test
    void binaryContentIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary content (NUL bytes), not text/html", assertThrows(IllegalArgumentException.class,
                () -> parser.parse(document("https://x.example/logo", png))).getMessage());
    }

    @Test
    void utf16WithByteOrderMarkIsNotBinary() throws Exception {
        byte[] html = "\uFEFF<html><head><title>Wide page</title></head><body><p>Text</p></body></html>"
                .getBytes(StandardCharsets.UTF_16LE);
        Article a = parser.parse(document("https://x.example/wide", html));
        assertEquals("Wide page", a.title);
        assertEquals("Text", a.text);
        assertEquals("UTF-16LE (bom)", a.metadata.get("parse.charset"));
    }

    @Test
    void oversizedDocumentIsRejectedBeforeParsing() {
        HtmlParser small = new HtmlParser(config("1KB"));
        byte[] big = ("<html><body>" + "<p>word</p>".repeat(200) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals("document is " + big.length + " bytes, larger than maxBytes 1KB", assertThrows(
                IllegalArgumentException.class, () -> small.parse(document("https://x.example/", big))).getMessage());
    }

    @Test
    void deeplyNestedPageParses() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        html.append("<div>".repeat(20_000)).append("<p>At the bottom of the well.</p>").append("</div>".repeat(20_000));
        html.append("</body></html>");
        Article a = parser.parse(document("https://x.example/deep", html.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("Deep", a.title);
        assertEquals("At the bottom of the well.", a.text);
        assertEquals(PageKind.OTHER, a.kind);
    }

    @Test
    void invalidMaxBytesNamesTheProperty() {
        assertEquals("maxBytes", assertThrows(InvalidPropertyException.class,
                () -> new HtmlParser(config("lots"))).property());
    }
}
