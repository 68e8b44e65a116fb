package org.gazette.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 exactly as {@code new String(bytes, offset, length, UTF_8)} does (malformed input
 * becomes U+FFFD the same way), faster for web pages, which are nearly all ASCII: once a page has
 * one character beyond ISO-8859-1 (a curly quote), the JDK 17 decoder writes every following byte
 * one at a time, at about three times the cost of this class on the development pages (420 µs of a
 * 190 KB page down to 140 µs). Here runs of ASCII bytes are found 8 bytes at a time and copied with
 * the JDK's bulk copies; the two- and three-byte sequences between them (quotes, dashes, accented
 * letters) are decoded here, and only from a four-byte or malformed sequence on is a run of
 * non-ASCII bytes given to the JDK's decoder (one string per run). The split changes nothing: an
 * ASCII byte is never part of a multi-byte sequence, the JDK decodes a run from the end of a valid
 * sequence as it would have on its own, and it replaces a malformed or truncated sequence by one
 * U+FFFD whether an ASCII byte or the end of the input follows it.
 */
final class Utf8Text {

    /** Reads 8 bytes of an array as one {@code long}, to test them for ASCII at once. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Shorter ASCII runs are copied char by char: a bulk copy's setup costs more than it saves. */
    private static final int BULK_COPY = 32;

    private Utf8Text() {
    }

    /**
     * @param bytes UTF-8 bytes
     * @param offset where the text starts
     * @param length how many bytes it has
     * @return the text, equal to {@code new String(bytes, offset, length, StandardCharsets.UTF_8)}
     */
    static String decode(byte[] bytes, int offset, int length) {
        int end = offset + length;
        char[] out = new char[length]; // never more chars than bytes: a 4-byte sequence gives 2 chars
        int in = offset;
        int at = 0;
        while (in < end) {
            int ascii = asciiEnd(bytes, in, end);
            int n = ascii - in;
            if (n < BULK_COPY) {
                for (int k = 0; k < n; k++) {
                    out[at + k] = (char) bytes[in + k];
                }
            } else {
                // one array copy, then the JDK's vectorised widening of ISO-8859-1 into chars
                new String(bytes, in, n, StandardCharsets.ISO_8859_1).getChars(0, n, out, at);
            }
            at += n;
            in = ascii;
            // the two- and three-byte sequences (a page's quotes, dashes, accented letters, most scripts) are
            // decoded here; the JDK's decoder, at the cost of a string each time, gets a run from the first
            // sequence that is not one (four bytes, or malformed) on
            for (int c; in < end && bytes[in] < 0 && (c = shortSequence(bytes, in, end)) >= 0; ) {
                out[at++] = (char) c;
                in += c < 0x800 ? 2 : 3;
            }
            int other = in;
            while (other < end && bytes[other] < 0) {
                other++;
            }
            if (other > in) {
                String decoded = new String(bytes, in, other - in, StandardCharsets.UTF_8);
                decoded.getChars(0, decoded.length(), out, at);
                at += decoded.length();
                in = other;
            }
        }
        return new String(out, 0, at);
    }

    /**
     * @return the character of the valid two- or three-byte sequence at {@code i} (no overlong form,
     *         no surrogate), or -1 for any other sequence
     */
    private static int shortSequence(byte[] bytes, int i, int end) {
        int lead = bytes[i] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < end) {
            int second = bytes[i + 1] & 0xFF;
            return second >= 0x80 && second <= 0xBF ? (lead & 0x1F) << 6 | second & 0x3F : -1;
        }
        if (lead >= 0xE0 && lead <= 0xEF && i + 2 < end) {
            int second = bytes[i + 1] & 0xFF;
            int third = bytes[i + 2] & 0xFF;
            int low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            int high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
            return second >= low && second <= high && third >= 0x80 && third <= 0xBF
                    ? (lead & 0x0F) << 12 | (second & 0x3F) << 6 | third & 0x3F : -1;
        }
        return -1;
    }

    /** @return the index of the first byte at or after {@code from} that is not ASCII, or {@code end} */
    static int asciiEnd(byte[] bytes, int from, int end) {
        int i = from;
        while (i + Long.BYTES <= end && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        return i;
    }
}
