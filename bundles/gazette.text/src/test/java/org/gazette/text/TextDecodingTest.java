package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final TextDecoding PLAIN = TextDecoding.forMediaType("text/plain");
    private static final byte[] CP1252_QUOTES = {(byte) 0x93, 'C', 'a', 'f', (byte) 0xE9, (byte) 0x94};

    @Test
    void labelsAreReadAsBrowsersReadThem() {
        for (String latin1 : new String[] {"ISO-8859-1", "iso8859-1", "latin1", "L1", "us-ascii", "ascii", "cp1252",
            " 'latin1' ", "windows-1252"}) {
            assertEquals(Charsets.WINDOWS_1252, Charsets.forLabel(latin1), latin1);
        }
        assertEquals(StandardCharsets.UTF_8, Charsets.forLabel("\"utf-8\""));
        assertEquals(StandardCharsets.UTF_16LE, Charsets.forLabel("UTF-16LE"));
        assertNull(Charsets.forLabel("no-such-charset"));
        assertNull(Charsets.forLabel("bad label!"));
        assertNull(Charsets.forLabel(" "));
        assertNull(Charsets.forLabel(null));
    }

    @Test
    void byteOrderMarks() {
        assertEquals(StandardCharsets.UTF_8, Charsets.byteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertEquals(StandardCharsets.UTF_16BE, Charsets.byteOrderMark(new byte[] {(byte) 0xFE, (byte) 0xFF}));
        assertEquals(StandardCharsets.UTF_16LE, Charsets.byteOrderMark(new byte[] {(byte) 0xFF, (byte) 0xFE}));
        assertNull(Charsets.byteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB}));
        assertNull(Charsets.byteOrderMark(new byte[0]));
        assertTrue(Charsets.isWide(StandardCharsets.UTF_16));
        assertTrue(Charsets.isWide(Charsets.forLabel("UTF-32BE")));
        assertFalse(Charsets.isWide(StandardCharsets.UTF_8));
    }

    @Test
    void declaredCharsetComesFirst() {
        DecodedText d = PLAIN.decode("Grüße".getBytes(StandardCharsets.UTF_8), "utf-8");
        assertEquals(new DecodedText("Grüße", StandardCharsets.UTF_8, "declared"), d);
        assertEquals("UTF-8 (declared)", d.describe());

        DecodedText latin1 = PLAIN.decode(CP1252_QUOTES, "ISO-8859-1");
        assertEquals("\u201cCaf\u00e9\u201d", latin1.text());
        assertEquals("windows-1252 (declared)", latin1.describe());

        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertEquals(new DecodedText("Hi", StandardCharsets.UTF_8, "declared"), PLAIN.decode(withBom, "UTF-8"));
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        assertEquals("UTF-8 (valid-utf-8)", PLAIN.decode("Grüße".getBytes(StandardCharsets.UTF_8), "x-nonsense").describe());
    }

    @Test
    void byteOrderMarkIsUsedAndDropped() {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'T', 'i', 't', 'e', 'l'};
        assertEquals(new DecodedText("Titel", StandardCharsets.UTF_8, "bom"), PLAIN.decode(utf8, null));

        byte[] utf16le = "\uFEFFWide text".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(new DecodedText("Wide text", StandardCharsets.UTF_16LE, "bom"), PLAIN.decode(utf16le, null));
        byte[] utf16be = "\uFEFFWide text".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(new DecodedText("Wide text", StandardCharsets.UTF_16BE, "bom"), PLAIN.decode(utf16be, null));
    }

    @Test
    void validUtf8ElseWindows1252() {
        assertEquals(new DecodedText("Caf\u00e9", StandardCharsets.UTF_8, "valid-utf-8"),
                PLAIN.decode("Caf\u00e9".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(new DecodedText("\u201cCaf\u00e9\u201d", Charsets.WINDOWS_1252, "fallback"),
                PLAIN.decode(CP1252_QUOTES, null));
    }

    @Test
    void snifferComesAfterDeclaredAndByteOrderMark() {
        TextDecoding sniffing = TextDecoding.forMediaType("text/html").withSniffer("meta", b -> Charsets.WINDOWS_1252);
        assertEquals(new DecodedText("Caf\u00c3\u00a9", Charsets.WINDOWS_1252, "meta"),
                sniffing.decode("Caf\u00e9".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("UTF-8 (declared)", sniffing.decode("Caf\u00e9".getBytes(StandardCharsets.UTF_8), "utf-8").describe());
        assertEquals("UTF-16LE (bom)", sniffing.decode("\uFEFFx".getBytes(StandardCharsets.UTF_16LE), null).describe());

        TextDecoding silent = TextDecoding.forMediaType("text/html").withSniffer("meta", b -> null);
        assertEquals("UTF-8 (valid-utf-8)", silent.decode("Caf\u00e9".getBytes(StandardCharsets.UTF_8), null).describe());
    }

    @Test
    void binaryContentIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary content (NUL bytes), not text/html", assertThrows(IllegalArgumentException.class,
                () -> TextDecoding.forMediaType("text/html").decode(png, null)).getMessage());
        assertEquals("binary content (NUL bytes), not text/plain", assertThrows(IllegalArgumentException.class,
                () -> PLAIN.decode(png, "utf-8")).getMessage());
        assertEquals("binary content (NUL characters), not text/plain", assertThrows(IllegalArgumentException.class,
                () -> PLAIN.decode("A\u0000B".getBytes(StandardCharsets.UTF_16LE), "UTF-16LE")).getMessage());
        assertEquals("binary content (20% control characters), not text/plain", assertThrows(
                IllegalArgumentException.class, () -> PLAIN.decode(withControls(20), null)).getMessage());
    }

    @Test
    void textThatOnlyLooksOddIsNotBinary() {
        assertEquals("A B", PLAIN.decode("A B".getBytes(StandardCharsets.UTF_16LE), "UTF-16LE").text());
        assertEquals(100, PLAIN.decode(withControls(10), null).text().length());
        assertEquals("a\tb\r\nc\fd", PLAIN.decode("a\tb\r\nc\fd".getBytes(StandardCharsets.US_ASCII), null).text());
        byte[] lateNul = new byte[TextDecoding.SNIFF + 10];
        Arrays.fill(lateNul, (byte) 'x');
        lateNul[TextDecoding.SNIFF + 5] = 0;
        assertEquals(TextDecoding.SNIFF + 10, PLAIN.decode(lateNul, null).text().length());
    }

    @Test
    void looksBinary() {
        assertTrue(TextDecoding.looksBinary(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0}));
        assertTrue(TextDecoding.looksBinary(withControls(20)));
        assertFalse(TextDecoding.looksBinary(withControls(10)));
        assertFalse(TextDecoding.looksBinary("\uFEFFWide text".getBytes(StandardCharsets.UTF_16LE)));
        assertFalse(TextDecoding.looksBinary("Plain text.\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextDecoding.looksBinary(new byte[0]));
    }

    @Test
    void emptyAndOversizedContentIsRejected() {
        assertEquals("empty document", assertThrows(IllegalArgumentException.class,
                () -> PLAIN.decode(new byte[0], null)).getMessage());
        assertEquals("empty document", assertThrows(IllegalArgumentException.class,
                () -> PLAIN.decode(null, null)).getMessage());
        TextDecoding small = PLAIN.withLimit(1024, "maxBytes 1KB");
        assertEquals("document is 1025 bytes, larger than maxBytes 1KB", assertThrows(IllegalArgumentException.class,
                () -> small.decode(new byte[1025], null)).getMessage());
        byte[] exactly = new byte[1024];
        Arrays.fill(exactly, (byte) 'x');
        assertEquals(1024, small.decode(exactly, null).text().length());
    }

    /** 100 bytes of 'a' with {@code count} of them replaced by 0x01. */
    private static byte[] withControls(int count) {
        byte[] bytes = new byte[100];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < count; i++) {
            bytes[i * 5] = 0x01;
        }
        return bytes;
    }
}
