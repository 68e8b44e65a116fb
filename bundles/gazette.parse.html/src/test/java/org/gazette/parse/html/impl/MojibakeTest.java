package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** Text encoded as UTF-8 twice, as some saved or re-encoded pages carry it. */
class MojibakeTest {

    /** The text as it reads when its UTF-8 bytes are taken for ISO-8859-1 characters. */
    private static String doubled(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The same through windows-1252, which has printable characters for 0x80 to 0x9F. */
    private static String doubled1252(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
    }

    @Test
    void punctuationReadThroughLatin1IsRepaired() {
        String text = "The council didn’t vote — not yet. “Soon,” she said.";
        assertEquals(text, Mojibake.repair(doubled(text)));
    }

    @Test
    void punctuationReadThroughWindows1252IsRepaired() {
        String text = "The council didn’t vote — not yet.";
        assertEquals(text, Mojibake.repair(doubled1252(text)));
    }

    @Test
    void accentedLettersAreRepairedWhenThereAreSeveral() {
        String text = "Le café près de la forêt a fermé.";
        assertEquals(text, Mojibake.repair(doubled(text)));
    }

    @Test
    void aSingleLatinPairIsLeftAlone() {
        String text = "Grüße aus Ã©tude"; // one pair that could be meant
        assertSame(text, Mojibake.repair(text));
    }

    @Test
    void cleanTextIsTheSameInstance() {
        String text = "Crème brûlée, Straße, naïve — “quoted” and ’tis.";
        assertSame(text, Mojibake.repair(text));
    }

    @Test
    void invalidSequencesStay() {
        String text = "Ã\u0028 and â€ alone and Ã\u00a9 Ã\u00a9 Ã\u00a9";
        assertEquals("Ã\u0028 and â€ alone and é é é", Mojibake.repair(text));
    }

    @Test
    void aDoubleEncodedPageReadsCleanly() {
        String body = "<html><head><meta charset=utf-8><title>Market</title></head><body><article><p>"
                + doubled("The council didn’t close the market hall — traders’ jobs are safe for now.") + "</p></article></body></html>";
        Article a = new HtmlParser(config("10MB")).parse(document("https://example.example/market",
                body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("The council didn’t close the market hall — traders’ jobs are safe for now.", a.text);
    }

    @Test
    void utf8BytesWithoutTheLeadOfADoubledRunNeedNoReading() {
        String clean = "The council didn’t vote — not yet, said the café’s owner.";
        String twice = doubled(clean);
        byte[] cleanBytes = clean.getBytes(StandardCharsets.UTF_8);
        byte[] twiceBytes = twice.getBytes(StandardCharsets.UTF_8);
        assertEquals(true, Mojibake.mayBeDoubleEncoded(cleanBytes, StandardCharsets.UTF_8), "é is 0xC3 0xA9");
        assertEquals(false, Mojibake.mayBeDoubleEncoded("It didn’t — “no”".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(true, Mojibake.mayBeDoubleEncoded(twiceBytes, StandardCharsets.UTF_8));
        assertEquals(true, Mojibake.mayBeDoubleEncoded("plain".getBytes(StandardCharsets.US_ASCII), StandardCharsets.ISO_8859_1),
                "other charsets are read");
        assertEquals(clean, Mojibake.repair(new String(twiceBytes, StandardCharsets.UTF_8)));
    }

    @Test
    void theByteTestFindsALeadAtEveryPositionAsAByteByByteSearchWould() {
        // the test skips 8 ASCII bytes at a time: a 0xC3 must be found wherever it sits, and other high bytes must not count
        for (int length = 0; length < 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = "x".repeat(length).getBytes(StandardCharsets.US_ASCII);
                bytes[at] = (byte) 0xE2;
                assertEquals(false, Mojibake.mayBeDoubleEncoded(bytes, StandardCharsets.UTF_8), length + "/" + at);
                bytes[at] = (byte) 0xC3;
                assertEquals(true, Mojibake.mayBeDoubleEncoded(bytes, StandardCharsets.UTF_8), length + "/" + at);
            }
        }
    }

    @Test
    void theByteTestAgreesWithAByteByByteSearchOnRandomBytes() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // bytes near 0xC3 and ASCII, where a word test could be fooled by borrows
                bytes[i] = (byte) (random.nextBoolean() ? 0xC0 + random.nextInt(8) : random.nextInt(256));
            }
            boolean has = false;
            for (byte b : bytes) {
                has |= b == (byte) 0xC3;
            }
            assertEquals(has, Mojibake.mayBeDoubleEncoded(bytes, StandardCharsets.UTF_8), java.util.Arrays.toString(bytes));
        }
    }
}
