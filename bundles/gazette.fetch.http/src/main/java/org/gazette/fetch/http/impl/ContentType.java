package org.gazette.fetch.http.impl;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@code Content-Type} header read the lenient way: the media type in lower case without
 * parameters, and the {@code charset} parameter only when this Java knows it. The charset is passed
 * on as declared (trimmed, unquoted), never checked against the bytes: the parsers decide with the
 * byte order mark, the document's own declaration and detection.
 *
 * @param mediaType {@code text/html}, or {@code null} when the header is missing or malformed
 * @param charset the declared charset label when supported, else {@code null}
 */
record ContentType(String mediaType, String charset) {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

    static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return new ContentType(null, null);
        }
        String[] parts = header.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0 && parts[i].substring(0, eq).trim().equalsIgnoreCase("charset")) {
                charset = supported(parts[i].substring(eq + 1).trim().replace("\"", "").replace("'", "").trim());
            }
        }
        return new ContentType(TYPE.matcher(type).matches() ? type : null, charset);
    }

    private static String supported(String label) {
        if (label.isEmpty()) {
            return null;
        }
        try {
            return Charset.isSupported(label) ? label : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
