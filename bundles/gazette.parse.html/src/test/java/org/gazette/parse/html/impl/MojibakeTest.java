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

    /** The double-encoded text with its characters beyond ASCII written as named entities, as some CMSs escape text. */
    private static String asEntities(String text) {
        return doubled1252(text).replace("\u00e2", "&acirc;").replace("\u20ac", "&euro;").replace("\u2122", "&trade;")
                .replace("\u201d", "&rdquo;");
    }

    @Test
    void aDoubleEncodedPageWrittenInEntitiesReadsCleanly() {
        String title = "Traders’ relief";
        String text = "The council didn’t close the market hall — traders’ jobs are safe for now.";
        String html = "<html><head><meta charset=utf-8><title>" + asEntities(title) + "</title></head><body><article><h1>"
                + asEntities(title) + "</h1><p>" + asEntities(text) + "</p></article></body></html>";
        assertEquals(true, html.contains("&acirc;&euro;&trade;"), html);
        Article a = new HtmlParser(config("10MB")).parse(document("https://example.example/market",
                html.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(text, a.text);
        assertEquals(title, a.title);
    }

    @Test
    void utf8BytesWithoutTheLeadOfADoubledRunNeedNoReading() {
        String clean = "The council didn’t vote — not yet, said the café’s owner.";
        String twice = doubled(clean);
        byte[] cleanBytes = clean.getBytes(StandardCharsets.UTF_8);
        byte[] twiceBytes = twice.getBytes(StandardCharsets.UTF_8);
        assertEquals(true, Mojibake.mayBeDoubleEncoded(cleanBytes, StandardCharsets.UTF_8), "é’ is 0xC3 0xA9 0xE2, as Ã©â€ would be");
        assertEquals(false, Mojibake.mayBeDoubleEncoded("Un café au lait à Orléans".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8), "accented letters before plain ones lead no run");
        assertEquals(false, Mojibake.mayBeDoubleEncoded("It didn’t — “no”".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(true, Mojibake.mayBeDoubleEncoded(twiceBytes, StandardCharsets.UTF_8));
        assertEquals(true, Mojibake.mayBeDoubleEncoded("plain".getBytes(StandardCharsets.US_ASCII), StandardCharsets.ISO_8859_1),
                "other charsets are read");
        assertEquals(clean, Mojibake.repair(new String(twiceBytes, StandardCharsets.UTF_8)));
    }

    @Test
    void theByteTestFindsALeadAtEveryPositionAsAByteByByteSearchWould() {
        // the test skips 8 ASCII bytes at a time: a lead must be found wherever it sits, and other high bytes must not count
        for (int length = 0; length < 40; length++) {
            for (int at = 0; at + 2 < length; at++) {
                byte[] bytes = "x".repeat(length).getBytes(StandardCharsets.US_ASCII);
                bytes[at] = (byte) 0xE2;
                assertEquals(false, Mojibake.mayBeDoubleEncoded(bytes, StandardCharsets.UTF_8), length + "/" + at);
                bytes[at] = (byte) 0xC3;
                assertEquals(false, Mojibake.mayBeDoubleEncoded(bytes, StandardCharsets.UTF_8), "a lone 0xC3 " + length + "/" + at);
                bytes[at + 1] = (byte) 0xA2; // Ã¢ then € (0xE2 ...): "â€" written twice
                bytes[at + 2] = (byte) 0xE2;
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
                // bytes near 0xC3, continuation bytes and ASCII, where a word test could be fooled by borrows
                int kind = random.nextInt(4);
                bytes[i] = (byte) (kind == 0 ? 0xC0 + random.nextInt(8) : kind == 1 ? 0x80 + random.nextInt(64)
                        : kind == 2 ? 0xE2 : random.nextInt(256));
            }
            boolean has = false;
            for (int i = 0; i + 2 < bytes.length; i++) {
                int lead = bytes[i + 1] & 0xFF;
                int next = bytes[i + 2] & 0xFF;
                has |= bytes[i] == (byte) 0xC3 && lead >= 0x82 && lead <= 0xB4
                        && (next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2);
            }
            assertEquals(has, Mojibake.mayBeDoubleEncoded(bytes, StandardCharsets.UTF_8), java.util.Arrays.toString(bytes));
        }
    }

    @Test
    void theByteTestPassesEveryCharacterWrittenTwice() {
        // whatever character was double-encoded, through ISO-8859-1 or windows-1252, its bytes pass the test
        for (int cp = 0x80; cp <= 0x10FFFF; cp += cp < 0x3000 ? 1 : 97) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            String text = "x" + new String(Character.toChars(cp)) + "y";
            for (String twice : new String[] {doubled(text), doubled1252(text)}) {
                byte[] bytes = twice.getBytes(StandardCharsets.UTF_8);
                boolean repaired = !Mojibake.repair(twice.repeat(Mojibake.MIN_RUNS)).equals(twice.repeat(Mojibake.MIN_RUNS));
                if (repaired) {
                    assertEquals(true, Mojibake.mayBeDoubleEncoded(bytes, StandardCharsets.UTF_8), Integer.toHexString(cp));
                }
            }
        }
    }
}
