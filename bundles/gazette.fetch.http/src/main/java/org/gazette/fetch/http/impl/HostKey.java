package org.gazette.fetch.http.impl;

import java.net.URI;
import java.util.Locale;

/**
 * What robots.txt rules and politeness are kept for: scheme, host and port, as RFC 9309 scopes a
 * robots.txt file ({@code http://example.com} and {@code https://example.com:8443} are different hosts).
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host name or address in lower case ({@code [::1]} for IPv6)
 * @param port the port, the scheme's default when the URL names none
 */
record HostKey(String scheme, String host, int port) {

    /**
     * @param uri an absolute http or https URI with a host
     * @return its host key
     * @throws IllegalArgumentException when the URI is not absolute http(s) with a host
     */
    static HostKey of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http or https URL: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("URL has no host: " + uri);
        }
        int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
        return new HostKey(scheme, host.toLowerCase(Locale.ROOT), port);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** @return {@code scheme://host[:port]}, the port left out when it is the scheme's default */
    String origin() {
        return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
    }

    /** @return the URI of this host's robots.txt */
    URI robotsUri() {
        return URI.create(origin() + "/robots.txt");
    }

    @Override
    public String toString() {
        return origin();
    }
}
