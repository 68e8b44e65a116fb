package org.gazette.testsite;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

/**
 * A gzip member that inflates to at least the requested number of zero bytes, built directly
 * (about 1 KB of output per MB of zeros, the deflate maximum) instead of by running a compressor
 * over a gigabyte: one dynamic-Huffman deflate block whose literal/length code gives length 258 a
 * one-bit code and whose distance code gives distance 1 a one-bit code, both all-zero, so the
 * block body is a literal zero followed by a run of zero bytes.
 */
final class GzipBomb {

    private static final int MAX_MATCH = 258;

    private GzipBomb() {
    }

    /** @return the gzip bytes; {@link #inflatedSize} tells how much they inflate to */
    static byte[] build(long atLeast) {
        long pairs = pairs(atLeast);
        long inflated = inflatedSize(atLeast);
        Bits bits = new Bits((int) Math.min(Integer.MAX_VALUE - 64, pairs / 4 + 64));
        bits.bytes(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff); // magic, deflate, no flags, no mtime, best, unknown OS
        bits.write(1, 1); // BFINAL
        bits.write(2, 2); // BTYPE = dynamic Huffman
        bits.write(286 - 257, 5); // HLIT: literal/length codes 0..285
        bits.write(0, 5); // HDIST: one distance code
        bits.write(18 - 4, 4); // HCLEN: 18 code-length-code lengths follow
        int[] order = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1};
        for (int symbol : order) {
            bits.write(symbol == 18 ? 1 : symbol == 1 || symbol == 2 ? 2 : 0, 3);
        }
        // code-length codes: 18 -> 0, 1 -> 10, 2 -> 11
        bits.code(0b11, 2); // literal 0: length 2
        bits.code(0b0, 1).write(138 - 11, 7); // literals 1..138: unused
        bits.code(0b0, 1).write(117 - 11, 7); // literals 139..255: unused
        bits.code(0b11, 2); // 256 (end of block): length 2
        bits.code(0b0, 1).write(28 - 11, 7); // lengths 257..284: unused
        bits.code(0b10, 2); // 285 (length 258): length 1
        bits.code(0b10, 2); // distance 0 (distance 1): length 1
        // literal/length code: 285 -> 0, literal 0 -> 10, end of block -> 11; distance 0 -> 0
        bits.code(0b10, 2); // one literal zero
        bits.zeros(2 * pairs); // each <258, 1> pair is "0" + "0"
        bits.code(0b11, 2); // end of block
        bits.align();
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1 << 20];
        for (long left = inflated; left > 0; left -= zeros.length) {
            crc.update(zeros, 0, (int) Math.min(zeros.length, left));
        }
        bits.int32(crc.getValue()).int32(inflated);
        return bits.toByteArray();
    }

    /** The exact number of bytes {@link #build(long)} inflates to: 1 + 258 × pairs. */
    static long inflatedSize(long atLeast) {
        return 1 + MAX_MATCH * pairs(atLeast);
    }

    private static long pairs(long atLeast) {
        return Math.max(1, (atLeast - 1 + MAX_MATCH - 1) / MAX_MATCH);
    }

    /** Writes deflate's least-significant-bit-first bit stream. */
    private static final class Bits {
        private final ByteArrayOutputStream out;
        private int buffer;
        private int count;

        Bits(int expected) {
            out = new ByteArrayOutputStream(expected);
        }

        Bits write(int value, int length) {
            for (int i = 0; i < length; i++) {
                bit((value >>> i) & 1);
            }
            return this;
        }

        /** Huffman codes go most significant bit first. */
        Bits code(int code, int length) {
            for (int i = length - 1; i >= 0; i--) {
                bit((code >>> i) & 1);
            }
            return this;
        }

        void zeros(long n) {
            while (n > 0 && count != 0) {
                bit(0);
                n--;
            }
            byte[] block = new byte[8192];
            for (long bytes = n / 8; bytes > 0; bytes -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes));
            }
            for (long rest = n % 8; rest > 0; rest--) {
                bit(0);
            }
        }

        void align() {
            while (count != 0) {
                bit(0);
            }
        }

        void bytes(int... values) {
            for (int v : values) {
                out.write(v);
            }
        }

        Bits int32(long value) {
            bytes((int) value & 0xff, (int) (value >>> 8) & 0xff, (int) (value >>> 16) & 0xff, (int) (value >>> 24) & 0xff);
            return this;
        }

        private void bit(int bit) {
            buffer |= bit << count;
            if (++count == 8) {
                out.write(buffer);
                buffer = 0;
                count = 0;
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
