package org.gazette.parse.text.impl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns the bytes of a plain-text document into a string: the declared charset (ISO-8859-1 and
 * US-ASCII read as their superset windows-1252), else a byte order mark, else UTF-8 when the bytes
 * are valid UTF-8, else windows-1252. Rejects binary content
 * (NUL bytes, or more than 10% control characters) before anything else looks at it.
 */
final class TextDecoder {

    /** How much of the start of a document the binary checks look at. */
    static final int SNIFF = 8192;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param text the decoded text, without a byte order mark, line endings not yet normalised
     * @param charset the charset used
     * @param source where the charset came from: {@code declared}, {@code bom}, {@code valid-utf-8}
     *        or {@code fallback}
     */
    record Decoded(String text, Charset charset, String source) {
    }

    private TextDecoder() {
    }

    /**
     * @param bytes the content, not empty
     * @param declared the charset the transport declared, or {@code null}
     * @return the decoded text
     * @throws IllegalArgumentException when the content is binary
     */
    static Decoded decode(byte[] bytes, String declared) {
        Charset charset = supported(declared);
        String source = "declared";
        int skip = 0;
        Charset bom = bom(bytes);
        if (charset == null && bom != null) {
            charset = bom;
            source = "bom";
        }
        if (bom != null && bom.equals(charset)) {
            skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        }
        if (charset == null || !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
            rejectNulBytes(bytes);
        }
        String text;
        if (charset != null) {
            text = new String(bytes, skip, bytes.length - skip, charset);
        } else if ((text = strictUtf8(bytes)) != null) {
            charset = StandardCharsets.UTF_8;
            source = "valid-utf-8";
        } else {
            charset = WINDOWS_1252;
            source = "fallback";
            text = new String(bytes, charset);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        rejectControlCharacters(text);
        return new Decoded(text, charset, source);
    }

    private static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String label = name.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return WINDOWS_1252; // what such labels mean in practice, as browsers read them
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void rejectNulBytes(byte[] bytes) {
        int end = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                throw new IllegalArgumentException("binary content (NUL bytes), not text/plain");
            }
        }
    }

    private static void rejectControlCharacters(String text) {
        int end = Math.min(text.length(), SNIFF);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new IllegalArgumentException("binary content (NUL characters), not text/plain");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        if (end > 0 && controls * 10 > end) {
            throw new IllegalArgumentException("binary content (" + (controls * 100 / end)
                    + "% control characters), not text/plain");
        }
    }
}
