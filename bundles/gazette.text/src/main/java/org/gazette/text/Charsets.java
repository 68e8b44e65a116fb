package org.gazette.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Charset labels and byte order marks, read the way browsers read them: a label that names
 * ISO-8859-1 or US-ASCII (under any of Java's aliases, such as {@code latin1}, {@code l1} or
 * {@code ascii}) means windows-1252, their superset, because that is what such documents hold in
 * practice.
 */
public final class Charsets {

    /** windows-1252, the fallback for text that is not valid UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /**
     * @param label a charset label as a transport or a document declares it, such as
     *        {@code "UTF-8"}, {@code " 'latin1' "} or {@code "\"utf-8\""}; possibly {@code null}
     * @return the charset, windows-1252 for ISO-8859-1 and US-ASCII labels; {@code null} when the
     *         label is blank or not a charset this Java knows
     */
    public static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        try {
            Charset charset = Charset.forName(name);
            boolean latin1 = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
            return latin1 ? WINDOWS_1252 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * @param bytes the start of a document
     * @return the charset its byte order mark names (UTF-8, UTF-16BE or UTF-16LE), or {@code null}
     *         when it has none
     */
    public static Charset byteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * @param charset a charset
     * @return true for UTF-16 and UTF-32 in any byte order, whose text has NUL bytes in it
     */
    public static boolean isWide(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }
}
