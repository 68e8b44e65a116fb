package org.gazette.engine.impl;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Brings the many spellings of one URL to one form, so that the frontier fetches a page once: scheme
 * and host in lower case (internationalised host names in ASCII), default ports, fragments, empty
 * queries and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid} ...) removed, dot
 * segments resolved, percent-escapes of unreserved characters decoded and the rest in upper case, an
 * empty path written {@code /}. Query parameter order and trailing slashes of non-empty paths are kept:
 * servers may tell those apart.
 */
final class UrlNormalizer {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "twclid", "ocid", "cmpid", "ncid", "ito", "s_cid", "__twitter_impression");

    private UrlNormalizer() {
    }

    /**
     * @param url an absolute URL
     * @return its normal form
     * @throws IllegalArgumentException naming what is wrong with the URL
     */
    static String normalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL '" + url + "': " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            throw new IllegalArgumentException("URL '" + url + "' is not absolute");
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            String raw = url.strip();
            int hash = raw.indexOf('#');
            return hash < 0 ? raw : raw.substring(0, hash); // file:, ftp: ... kept as they are, less the fragment
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null && uri.getAuthority() != null) { // an internationalised name java.net.URI does not take as a host
            String authority = uri.getAuthority();
            authority = authority.substring(authority.indexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? -1 : port(authority.substring(colon + 1), url);
        }
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("URL '" + url + "' has no host");
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("URL '" + url + "' has an invalid host name: " + e.getMessage());
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        String path = uri.normalize().getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        while (path.startsWith("/../")) {
            path = path.substring(3);
        }
        out.append(escapes(path));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static int port(String digits, String url) {
        try {
            return digits.isEmpty() ? -1 : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("URL '" + url + "' has an invalid port '" + digits + "'");
        }
    }

    /** The host key the frontier schedules by: host, and port when not the default. */
    static String hostKey(String normalizedUrl) {
        try {
            URI uri = new URI(normalizedUrl);
            String host = uri.getHost();
            if (host == null) {
                return uri.getScheme() == null ? "" : uri.getScheme() + ":";
            }
            return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder(raw.length());
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(escapes(pair));
        }
        return kept.toString();
    }

    /** Decodes escapes of unreserved characters and writes the others' hex digits in upper case. */
    private static String escapes(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                int v = hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2));
                if (unreserved(v)) {
                    b.append((char) v);
                } else {
                    b.append('%').append(Character.toUpperCase(s.charAt(i + 1))).append(Character.toUpperCase(s.charAt(i + 2)));
                }
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
