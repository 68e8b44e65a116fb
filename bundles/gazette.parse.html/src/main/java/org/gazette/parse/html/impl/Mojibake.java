package org.gazette.parse.html.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was encoded as UTF-8 twice: UTF-8 bytes read as ISO-8859-1 or windows-1252
 * and written out again as UTF-8, so that "don’t" reads "donâ€™t" and "café" reads "cafÃ©"
 * (pages saved by a tool that guessed the wrong charset, templates that re-encode their
 * includes). Each run of characters that stands for the bytes of one UTF-8 sequence is replaced
 * by the character it encodes; a sequence that is not valid UTF-8 is left alone. Only a page
 * with enough such runs is touched (a single "Ã©" is as likely meant), and whatever its language:
 * the signal is the byte pattern, not the words.
 */
final class Mojibake {

    /** At least this many two-byte runs, or one three- or four-byte run, mean the page is double-encoded. */
    static final int MIN_RUNS = 3;

    private static final int CHUNK = 4096;
    /** Reads 8 bytes of an array as one {@code long}, to test them for 0xC3 at once. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EVERY_BYTE_C3 = 0xC3C3C3C3C3C3C3C3L;
    private static final long EVERY_BYTE_01 = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** windows-1252's characters for the bytes 0x80 to 0x9F (0 where the byte is undefined). */
    private static final String CP1252_HIGH = "\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000"
            + "\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178";

    private Mojibake() {
    }

    /**
     * @param text decoded text, possibly double-encoded
     * @return the repaired text, or the same instance when there is nothing (enough) to repair
     */
    static String repair(String text) {
        if (!isDoubleEncoded(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int length = runLength(text, i);
            if (length == 0) {
                out.append(text.charAt(i++));
            } else {
                out.appendCodePoint(decode(text, i, length));
                i += length;
            }
        }
        return out.toString();
    }

    /**
     * A test of the bytes a text was decoded from, cheaper than reading the text: in UTF-8, every
     * character that can lead a double-encoded run (U+00C2 to U+00F4) is the byte 0xC3 and one more
     * (0x82 to 0xB4), and the character after it, one that windows-1252 or ISO-8859-1 gives a byte
     * 0x80 to 0xBF for, starts with 0xC2 (U+0080 to U+00BF), 0xC5, 0xC6, 0xCB or 0xE2 (the
     * windows-1252 letters and punctuation of 0x80 to 0x9F, U+0152 to U+2122). The bytes are tested
     * 8 at a time for 0xC3 with the exact word test for a zero byte ("has zero byte", Hacker's
     * Delight 6-1) after an XOR with 0xC3 in every byte: 18 µs for a 190 KB page instead of 43 µs
     * byte by byte; the bytes after a 0xC3 are then looked at, so that a page whose accented letters
     * are followed by plain letters ("café au lait") need not be read again as text.
     *
     * @param bytes the bytes the text was decoded from
     * @param charset the charset they were decoded with
     * @return false when the decoded text surely has nothing to repair
     */
    static boolean mayBeDoubleEncoded(byte[] bytes, Charset charset) {
        if (!StandardCharsets.UTF_8.equals(charset)) {
            return true;
        }
        int i = 0;
        while (i <= bytes.length - Long.BYTES) {
            long x = (long) WORDS.get(bytes, i) ^ EVERY_BYTE_C3; // a byte 0xC3 is a zero byte of x
            long zeros = (x - EVERY_BYTE_01) & ~x & HIGH_BITS; // its lowest bit marks the first zero byte exactly
            if (zeros == 0) {
                i += Long.BYTES;
                continue;
            }
            int at = i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            if (leadsRun(bytes, at)) {
                return true;
            }
            i = at + 1; // the next 8 bytes from there
        }
        for (; i < bytes.length; i++) {
            if (leadsRun(bytes, i)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the bytes at {@code i} may spell the first two characters of a double-encoded run */
    private static boolean leadsRun(byte[] bytes, int i) {
        if (bytes[i] != (byte) 0xC3 || i + 2 >= bytes.length) {
            return false;
        }
        int lead = bytes[i + 1] & 0xFF; // 0xC3 0x82 to 0xC3 0xB4: U+00C2 to U+00F4
        int next = bytes[i + 2] & 0xFF;
        return lead >= 0x82 && lead <= 0xB4 && (next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2);
    }

    /** @return true when the text has at least {@value #MIN_RUNS} two-byte runs or one longer run */
    private static boolean isDoubleEncoded(String text) {
        // this reads every character of the page: a chunk copied into an array is read faster than String.charAt
        char[] chunk = new char[CHUNK];
        int twoByte = 0;
        for (int from = 0; from < text.length(); from += CHUNK) {
            int end = Math.min(text.length(), from + CHUNK);
            text.getChars(from, end, chunk, 0);
            for (int k = 0; k < end - from; k++) {
                char c = chunk[k];
                if (c < 0xC2 || c > 0xF4) {
                    continue; // not a lead byte: most text stops here
                }
                int length = runLength(text, from + k);
                twoByte += length == 2 ? 1 : 0;
                if (length > 2 || twoByte >= MIN_RUNS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the number of characters from {@code i} that spell one valid UTF-8 sequence of two or more bytes, else 0 */
    private static int runLength(String text, int i) {
        char c = text.charAt(i);
        if (c < 0xC2 || c > 0xF4) {
            return 0; // a lead byte is never one of windows-1252's 0x80–0x9F characters: most text stops here
        }
        int lead = c;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > text.length()) {
            return 0;
        }
        int second = byteOf(text.charAt(i + 1));
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80; // no overlong forms
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF; // no surrogates, nothing past U+10FFFF
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int decode(String text, int i, int length) {
        int lead = byteOf(text.charAt(i));
        int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length; k++) {
            cp = cp << 6 | byteOf(text.charAt(i + k)) & 0x3F;
        }
        return cp;
    }

    /** @return the byte that ISO-8859-1 or windows-1252 reads as this character (0x80 and above), or -1 */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) {
            return c;
        }
        if (c < 0x152 || c > 0x2122) {
            return -1;
        }
        int at = CP1252_HIGH.indexOf(c);
        return at < 0 ? -1 : 0x80 + at;
    }
}
