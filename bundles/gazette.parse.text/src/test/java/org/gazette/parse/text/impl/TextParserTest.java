package org.gazette.parse.text.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.SourceItem;
import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class TextParserTest {

    private static final String HARBOUR_TEXT = "The harbour bridge reopened to traffic on Thursday morning after a"
            + " two-year restoration that replaced every rivet on the main span.\n\n"
            + "City engineers said the work came in under budget, a rare outcome for a project of this size.\n\n"
            + "\"It is good to have our bridge back,\" said one commuter.";

    private final TextParser parser = new TextParser(config("10MB"));

    @Test
    void englishArticle() throws Exception {
        Article a = parser.parse(document(fixture("harbour-bridge.txt"), null));
        assertEquals("https://news.example/final", a.url);
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("Harbour Bridge Reopens After Two-Year Restoration", a.title);
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors);
        assertEquals("2023-09-14", a.published);
        assertEquals(HARBOUR_TEXT, a.text);
        assertEquals("en", a.language);
        assertEquals("first line", a.provenance.get("title"));
        assertEquals("byline line", a.provenance.get("authors"));
        assertEquals("date line", a.provenance.get("published"));
        assertEquals("item", a.provenance.get("language"));
        assertEquals("UTF-8 (valid-utf-8)", a.metadata.get("parse.charset"));
    }

    @Test
    void sourceLinesBecomeAttributions() throws Exception {
        byte[] text = ("Ferry fares frozen for a year\n\nThe island ferry will keep its fares until next spring, the operator said.\n\n"
                + "Source: Anadolu Agency\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Article a = parser.parse(document(text, "utf-8"));
        assertEquals(List.of("Anadolu Agency"), a.attributions);
    }

    @Test
    void crlfLineEndingsReadLikeLf() throws Exception {
        byte[] crlf = new String(fixture("harbour-bridge.txt"), StandardCharsets.UTF_8).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Article a = parser.parse(document(crlf, null));
        assertEquals("Harbour Bridge Reopens After Two-Year Restoration", a.title);
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors);
        assertEquals(HARBOUR_TEXT, a.text);
    }

    @Test
    void germanArticleWithDateBeforeByline() throws Exception {
        Article a = parser.parse(document(fixture("radweg.txt"), "utf-8"));
        assertEquals("Stadtrat beschließt neuen Radweg am Flussufer", a.title);
        assertEquals(List.of("Anna Schmidt", "Jonas Weber"), a.authors);
        assertEquals("2023-09-13T14:30:00", a.published);
        assertEquals("Der Stadtrat hat am Mittwochabend den Bau eines neuen Radwegs entlang des Flussufers"
                + " beschlossen. Die Grünen stimmten geschlossen dafür.\n\n"
                + "Die Arbeiten sollen im Frühjahr beginnen und rund drei Millionen Euro kosten.", a.text);
        assertEquals("UTF-8 (declared)", a.metadata.get("parse.charset"));
        assertEquals("en", a.language, "the source's hint wins over detection");

        Document noHint = document(fixture("radweg.txt"), "utf-8");
        noHint.item.language = null;
        Article detected = parser.parse(noHint);
        assertEquals("de", detected.language);
        assertEquals("detected from the text", detected.provenance.get("language"));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] body = fixture("radweg.txt");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = parser.parse(document(withBom, null));
        assertEquals("Stadtrat beschließt neuen Radweg am Flussufer", a.title);
        assertEquals("UTF-8 (bom)", a.metadata.get("parse.charset"));
    }

    @Test
    void windows1252WithoutDeclaredCharset() throws Exception {
        Article a = parser.parse(document(fixture("marche-cp1252.txt"), null));
        assertEquals("Le marché de Noël ouvre ses portes", a.title);
        assertEquals(List.of("Luc Martin"), a.authors);
        assertEquals("2023-09-14T09:05:00", a.published);
        assertEquals("Les chalets s\u2019installent place Kléber dès vendredi.\n\n"
                + "L\u2019entrée reste gratuite \u2013 comme chaque année.", a.text);
        assertEquals("windows-1252 (fallback)", a.metadata.get("parse.charset"));
    }

    @Test
    void declaredLatin1IsReadAsWindows1252() throws Exception {
        Article a = parser.parse(document(fixture("marche-cp1252.txt"), "ISO-8859-1"));
        assertEquals("Les chalets s\u2019installent place Kléber dès vendredi.\n\n"
                + "L\u2019entrée reste gratuite \u2013 comme chaque année.", a.text);
        assertEquals("windows-1252 (declared)", a.metadata.get("parse.charset"));
    }

    @Test
    void sentenceStartingWithByIsNotAByline() throws Exception {
        Article a = parser.parse(document(fixture("newsletter-line.txt"), null));
        assertEquals("Weekly briefing", a.title);
        assertEquals(List.of("Hint Author"), a.authors);
        assertEquals("item", a.provenance.get("authors"));
        assertEquals("2023-01-02", a.published);
        assertEquals("By providing your email you agree to our terms and privacy policy.\n\n"
                + "Nothing else to see here.", a.text);
    }

    @Test
    void boilerplateLinesAreSetAsideAndBylineAndDateLinesBecomeMetadata() throws Exception {
        Document d = document(fixture("site-copy.txt"), "utf-8");
        d.item.authors = null;
        d.item.published = null;
        Article a = parser.parse(d);
        assertEquals("Ferry Fares Frozen Until Spring", a.title, "breadcrumb and skip link are not the title");
        assertEquals(List.of("Maria Lopez"), a.authors);
        assertEquals("2023-09-14", a.published);
        assertEquals("The island ferry will keep its fares at this year's level until next spring, the operator said on"
                + " Monday after a meeting with the harbour board.\n\n"
                + "Season tickets bought before the end of the month will also be honoured on the new evening sailings,"
                + " which start in November.\n\n"
                + "The operator said the freeze would cost it about two hundred thousand pounds, which it hopes to"
                + " recover from higher summer traffic.", a.text);
    }

    @Test
    void headingsOfRelatedLinksEarlyInTheTextDoNotEndIt() throws Exception {
        byte[] text = ("Harbour news\n\nRelated articles\n\nThe harbour board met on Monday to discuss the new pier"
                + " and the dredging of the channel.\n\nIt will meet again next month.\n").getBytes(StandardCharsets.UTF_8);
        Article a = parser.parse(document(text, "utf-8"));
        assertEquals("Related articles\n\nThe harbour board met on Monday to discuss the new pier and the dredging of"
                + " the channel.\n\nIt will meet again next month.", a.text);
    }

    @Test
    void onlyBoilerplateGivesNoArticle() throws Exception {
        Article a = parser.parse(document("Advertisement\n\nShare this article\n".getBytes(StandardCharsets.UTF_8), null));
        assertNull(a.text);
        assertEquals(PageKind.OTHER, a.kind);
        assertEquals("no paragraphs after the title", a.metadata.get("parse.kindReason"));
    }

    @Test
    void titleOnlyIsNotAnArticle() throws Exception {
        Article a = parser.parse(document("Just a headline\n\n".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("Just a headline", a.title);
        assertNull(a.text);
        assertEquals(PageKind.OTHER, a.kind);
        assertEquals("no paragraphs after the title", a.metadata.get("parse.kindReason"));
    }

    @Test
    void emptyAndBlankDocumentsAreRejected() {
        assertEquals("empty document", assertThrows(IllegalArgumentException.class,
                () -> parser.parse(document(new byte[0], null))).getMessage());
        assertEquals("empty document (only whitespace)", assertThrows(IllegalArgumentException.class,
                () -> parser.parse(document(" \r\n\t\n".getBytes(StandardCharsets.US_ASCII), null))).getMessage());
    }

    @Test
    void binaryContentIsRejected() {
        byte[] nul = "Title\n\nText\u0000more".getBytes(StandardCharsets.UTF_8);
        assertEquals("binary content (NUL bytes), not text/plain", assertThrows(IllegalArgumentException.class,
                () -> parser.parse(document(nul, null))).getMessage());
        byte[] controls = new byte[100];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 20; i++) {
            controls[i * 5] = 0x01;
        }
        assertEquals("binary content (20% control characters), not text/plain",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(document(controls, null))).getMessage());
    }

    @Test
    void oversizedDocumentIsRejectedBeforeDecoding() {
        TextParser small = new TextParser(config("1KB"));
        byte[] big = new byte[2000];
        Arrays.fill(big, (byte) 'x');
        assertEquals("document is 2000 bytes, larger than maxBytes 1KB", assertThrows(
                IllegalArgumentException.class, () -> small.parse(document(big, null))).getMessage());
    }

    @Test
    void invalidMaxBytesNamesTheProperty() {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> new TextParser(config("ten")));
        assertEquals("maxBytes", e.property());
    }

    static TextParser.Config config(String maxBytes) {
        return new TextParser.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TextParser.Config.class;
            }

            @Override
            public String maxBytes() {
                return maxBytes;
            }
        };
    }

    private static Document document(byte[] content, String charset) {
        Document d = new Document();
        d.url = "https://news.example/start";
        d.finalUrl = "https://news.example/final";
        d.mediaType = "text/plain";
        d.charset = charset;
        d.content = content;
        d.item = new SourceItem();
        d.item.url = d.url;
        d.item.language = "en";
        d.item.authors = List.of("Hint Author");
        d.item.published = "2023-01-02";
        return d;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = TextParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
