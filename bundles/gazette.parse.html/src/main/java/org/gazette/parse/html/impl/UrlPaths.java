package org.gazette.parse.html.impl;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;

/**
 * Addresses read against a page's own, to tell whether two lead to the same page of a site. Read
 * leniently: an address that strict URI syntax refuses (a space, a {@code |}, a stray {@code %},
 * as pages print them) is read with those characters quoted.
 */
final class UrlPaths {

    private final URI base;

    private UrlPaths(URI base) {
        this.base = base;
    }

    /**
     * @param location the page's address, against which relative ones are read; possibly empty or {@code null}
     * @return the reader; relative addresses give nothing when the location is missing or unreadable
     */
    static UrlPaths against(String location) {
        return new UrlPaths(location == null || location.isBlank() ? null : parse(location));
    }

    /**
     * Reads an address as written, without resolving it or building a {@link URI} (for tests run on every link).
     *
     * @param href an address, absolute or relative
     * @return its path as written, without the scheme, the host, the query and the fragment ("" when it has none)
     */
    static String pathOf(String href) {
        int end = href.length();
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String path = href.substring(0, end);
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        return path;
    }

    /**
     * @param href an address as written
     * @return its host in lower case ({@code https://News.example:8080/a} gives {@code news.example}; also of a
     *         scheme-relative {@code //cdn.example/a}), or {@code null} for a relative address
     */
    static String hostOf(String href) {
        int scheme = href.indexOf("://");
        if (scheme < 0 && !href.startsWith("//")) {
            return null;
        }
        int start = scheme < 0 ? 2 : scheme + 3;
        int end = start;
        while (end < href.length() && "/?#:".indexOf(href.charAt(end)) < 0) {
            end++;
        }
        return href.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * @param url an address, possibly relative, possibly {@code null}
     * @return its path without a trailing slash ("" for a site's home page), or {@code null} when it has
     *         none or cannot be read
     */
    String path(String url) {
        URI uri = resolve(url);
        if (uri == null || uri.getPath() == null) {
            return null;
        }
        String path = uri.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * @param url an address, possibly relative, possibly {@code null}
     * @return its host (lower case, without {@code www.}) and {@link #path}, or {@code null}: the same
     *         for two addresses of one page, whatever their query, fragment or trailing slash
     */
    String page(String url) {
        URI uri = resolve(url);
        String path = path(url);
        if (uri == null || path == null) {
            return null;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return (host.startsWith("www.") ? host.substring(4) : host) + path;
    }

    private URI resolve(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri = parse(url.trim());
        if (uri == null || uri.isAbsolute()) {
            return uri;
        }
        try {
            return base == null ? null : base.resolve(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return quoted(url);
        }
    }

    /** @return the address with the characters strict syntax refuses quoted, or {@code null} */
    private static URI quoted(String url) {
        try {
            URL u = new URL(url);
            return new URI(u.getProtocol(), u.getUserInfo(), u.getHost(), u.getPort(), u.getPath(), u.getQuery(), u.getRef());
        } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
