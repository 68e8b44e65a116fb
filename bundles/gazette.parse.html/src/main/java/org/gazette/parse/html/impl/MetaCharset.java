package org.gazette.parse.html.impl;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.Charsets;
import org.gazette.text.TextDecoding;

/**
 * Reads the charset an HTML page declares in itself: {@code <meta charset>} or an
 * {@code http-equiv="Content-Type"} declaration in the first 4 KB. Labels are read as browsers
 * read them ({@link Charsets#forLabel}); a UTF-16 or UTF-32 declaration means UTF-8, because a
 * page that could be read as ASCII to find it cannot be UTF-16.
 */
final class MetaCharset {

    static final int SNIFF_META = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    private MetaCharset() {
    }

    /**
     * @param maxBytes the largest page accepted
     * @param limit the limit as messages name it, such as {@code maxBytes 10MB}
     * @return the decoding of HTML pages: declared charset, byte order mark, then this class's
     *         {@code meta} declaration, then UTF-8 or windows-1252
     */
    static TextDecoding decoding(long maxBytes, String limit) {
        return TextDecoding.forMediaType("text/html").withSniffer("meta", MetaCharset::sniff).withLimit(maxBytes, limit);
    }

    /**
     * @param bytes the page
     * @return the charset its meta tags declare, or {@code null}
     */
    static Charset sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_META), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset charset = m.find() ? Charsets.forLabel(m.group(1)) : null;
        return charset != null && Charsets.isWide(charset) ? StandardCharsets.UTF_8 : charset;
    }
}
