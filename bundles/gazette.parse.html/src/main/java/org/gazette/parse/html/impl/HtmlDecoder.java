package org.gazette.parse.html.impl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into a string. The charset is, in order: the one the transport
 * declared, a byte order mark, a {@code <meta charset>} or {@code http-equiv} declaration in the
 * first 4 KB, UTF-8 when the bytes are valid UTF-8, else windows-1252. Labels are read the way
 * browsers read them (ISO-8859-1 and US-ASCII mean windows-1252; a UTF-16 meta declaration means
 * UTF-8). Content with NUL bytes in its first 8 KB is rejected as binary.
 */
final class HtmlDecoder {

    static final int SNIFF_BINARY = 8192;
    static final int SNIFF_META = 4096;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    /**
     * @param html the decoded page, without a byte order mark
     * @param charset the charset used
     * @param source where it came from: {@code declared}, {@code bom}, {@code meta},
     *        {@code valid-utf-8} or {@code fallback}
     */
    record Decoded(String html, Charset charset, String source) {
    }

    private HtmlDecoder() {
    }

    /**
     * @param bytes the content, not empty
     * @param declared the transport's charset, or {@code null}
     * @return the decoded page
     * @throws IllegalArgumentException when the content is binary
     */
    static Decoded decode(byte[] bytes, String declared) {
        Charset charset = lookup(declared, false);
        String source = "declared";
        Charset bom = bom(bytes);
        if (charset == null && bom != null) {
            charset = bom;
            source = "bom";
        }
        if (charset == null || !isWide(charset)) {
            rejectNulBytes(bytes);
        }
        if (charset == null && (charset = metaCharset(bytes)) != null) {
            source = "meta";
        }
        String html;
        if (charset != null) {
            int skip = bom != null && bom.equals(charset) ? (bom.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
            html = new String(bytes, skip, bytes.length - skip, charset);
        } else if ((html = strictUtf8(bytes)) != null) {
            charset = StandardCharsets.UTF_8;
            source = "valid-utf-8";
        } else {
            charset = WINDOWS_1252;
            source = "fallback";
            html = new String(bytes, charset);
        }
        if (!html.isEmpty() && html.charAt(0) == '\uFEFF') {
            html = html.substring(1);
        }
        return new Decoded(html, charset, source);
    }

    private static boolean isWide(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_META), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? lookup(m.group(1), true) : null;
    }

    /** Resolves a charset label as browsers do; {@code null} when unknown. */
    private static Charset lookup(String label, boolean fromMeta) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252" -> {
                return WINDOWS_1252;
            }
            default -> {
                try {
                    Charset charset = Charset.forName(name);
                    return fromMeta && isWide(charset) ? StandardCharsets.UTF_8 : charset;
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
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
        int end = Math.min(bytes.length, SNIFF_BINARY);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                throw new IllegalArgumentException("binary content (NUL bytes), not text/html");
            }
        }
    }
}
