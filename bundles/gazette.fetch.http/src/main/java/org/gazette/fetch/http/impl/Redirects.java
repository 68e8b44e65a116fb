package org.gazette.fetch.http.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads where a redirect points. */
final class Redirects {

    private Redirects() {
    }

    /** @return whether the status is a redirect that names its target in {@code Location} */
    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * @param base the URI that answered with the redirect
     * @param location the {@code Location} header
     * @return the absolute target without fragment, or {@code null} when it is not an http(s) URL with a host
     */
    static URI resolve(URI base, String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            URI target = base.resolve(new URI(escape(location.trim())));
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
                return null;
            }
            String text = target.toString();
            if (text.indexOf('#') >= 0) {
                target = new URI(text.substring(0, text.indexOf('#')));
            }
            if (target.getRawPath() == null || target.getRawPath().isEmpty()) {
                target = target.resolve("/");
            }
            return target;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Percent-encodes what servers put raw into Location although a URI cannot hold it: spaces, non-ASCII. */
    private static String escape(String location) {
        StringBuilder out = new StringBuilder();
        for (byte b : location.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
