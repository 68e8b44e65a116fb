package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Utf8Text} must give exactly what the JDK's decoder gives, malformed input included. */
class Utf8TextTest {

    /** Bytes that lead, continue, break or end UTF-8 sequences, and ASCII. */
    private static final int[] PIECES = {'a', ' ', '<', 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED,
        0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90, 0xBB, 0xBD};

    @Test
    void decodesAsTheJdkDoes() {
        assertSame("");
        assertSame("plain ASCII text, long enough to be copied in bulk: <p>Hello</p>");
        assertSame("don\u2019t \u2014 caf\u00e9 \ud83d\ude00 \u4e2d\u6587 and an ASCII tail of more than thirty-two bytes");
        assertSame("\u00e9".repeat(40) + "x".repeat(70) + "\u2019");
    }

    @Test
    void malformedInputBecomesReplacementCharactersAsInTheJdk() {
        assertBytes(0xE2, 0x80); // truncated at the end
        assertBytes(0xE2, 0x80, 'a'); // truncated before ASCII
        assertBytes(0xF0, 0x9F, 0x98); // truncated four-byte sequence
        assertBytes(0xC0, 0xAF, 'x'); // overlong
        assertBytes(0xED, 0xA0, 0x80, 'x'); // surrogate
        assertBytes(0xF4, 0x90, 0x80, 0x80); // beyond U+10FFFF
        assertBytes(0x80, 0x80, 0xFF, 0xFE);
        assertBytes(0xEF, 0xBF, 0xBD); // U+FFFD itself
    }

    @Test
    void randomMixturesDecodeAsInTheJdk() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(120)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly long ASCII stretches, as in web pages, with bursts of the interesting bytes
                bytes[i] = (byte) (random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : 'a' + random.nextInt(26));
            }
            int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length - offset + 1);
            assertEquals(new String(bytes, offset, length, StandardCharsets.UTF_8), Utf8Text.decode(bytes, offset, length),
                    () -> java.util.Arrays.toString(bytes) + " from " + offset + " for " + length);
        }
    }

    @Test
    void textsOfEveryScriptDecodeAsInTheJdk() {
        // valid two-, three- and four-byte sequences in runs, the ones decoded here and the ones the JDK gets
        Random random = new Random(7);
        int[] starts = {0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                int kind = random.nextInt(5);
                int cp = kind == 0 ? 'a' + random.nextInt(26)
                        : kind == 1 ? starts[random.nextInt(starts.length)]
                        : kind == 2 ? 0x80 + random.nextInt(0x780)
                        : kind == 3 ? 0x800 + random.nextInt(0xD000) : 0x10000 + random.nextInt(0x100000);
                text.appendCodePoint(cp);
            }
            assertSame(text.toString());
        }
    }

    @Test
    void asciiEndFindsTheFirstHighByte() {
        byte[] bytes = ("x".repeat(19) + "\u00e9").getBytes(StandardCharsets.UTF_8);
        assertEquals(19, Utf8Text.asciiEnd(bytes, 0, bytes.length));
        assertEquals(19, Utf8Text.asciiEnd(bytes, 3, bytes.length));
        assertEquals(10, Utf8Text.asciiEnd(bytes, 0, 10));
        assertEquals(20, Utf8Text.asciiEnd(bytes, 20, bytes.length));
    }

    private static void assertSame(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(text, Utf8Text.decode(bytes, 0, bytes.length));
    }

    private static void assertBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        assertEquals(new String(bytes, StandardCharsets.UTF_8), Utf8Text.decode(bytes, 0, bytes.length));
    }
}
