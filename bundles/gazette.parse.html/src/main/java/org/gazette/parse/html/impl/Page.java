package org.gazette.parse.html.impl;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.SourceItem;
import org.jsoup.nodes.Document;

/**
 * One parsed page and what the extractors read from it: the jsoup tree, its meta tags, its
 * JSON-LD article object, and the source's hints.
 *
 * @param doc the parsed page, with the document's URL as base URI
 * @param tags the index of the page's elements, as parsed; read before the body text is extracted, which changes the tree
 * @param meta the page's meta tags
 * @param jsonLd the page's JSON-LD article data
 * @param item the source's hints, never {@code null}
 * @param fetched when the page was fetched, for dates written as "2 hours ago"; {@code null} when unknown
 */
record Page(Document doc, TagIndex tags, MetaTags meta, JsonLd jsonLd, SourceItem item, java.time.OffsetDateTime fetched) {

    /** @return the fetch time of an ISO-8601 text, or {@code null} when it is missing or unreadable */
    static java.time.OffsetDateTime fetchTime(String iso) {
        try {
            return iso == null ? null : java.time.OffsetDateTime.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu");

    /** @return the page's host name in lower case without {@code www.}, or an empty string */
    String host() {
        try {
            String host = URI.create(doc.location()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * @param url a URL as written on the page, possibly relative
     * @return the URL resolved against the page's base URI, or {@code null} when blank
     */
    String absolute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String spec = url.trim();
        try {
            return doc.location().isEmpty() ? spec : withoutSegmentsAboveRoot(new URL(new URL(doc.location()), spec).toExternalForm());
        } catch (MalformedURLException e) {
            return spec;
        }
    }

    /**
     * @return the URL without the {@code ..} segments that would climb above its root, which
     *         {@link URL} keeps and browsers drop (RFC 3986, 5.2.4): {@code ../../../assets/a.jpg} on
     *         {@code https://news.example/blog/2025/post} is {@code https://news.example/assets/a.jpg}
     */
    static String withoutSegmentsAboveRoot(String url) {
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? -1 : scheme + 3;
        while (path >= 0 && path < url.length() && "/?#".indexOf(url.charAt(path)) < 0) {
            path++; // past the host: a '/' in the query or the fragment is no path
        }
        if (path < 0 || !url.startsWith("/.", path)) {
            return url;
        }
        String rest = url.substring(path);
        while (rest.startsWith("/../") || rest.startsWith("/./")) {
            rest = rest.substring(rest.indexOf('/', 1));
        }
        for (String dots : new String[] {"/..", "/."}) {
            if (rest.equals(dots) || rest.startsWith(dots + "?") || rest.startsWith(dots + "#")) {
                rest = "/" + rest.substring(dots.length());
            }
        }
        return url.substring(0, path) + rest;
    }

    /**
     * @return the name part of the registered domain ({@code example} for {@code news.example.co.uk}),
     *         or an empty string
     */
    String domainLabel() {
        String[] labels = host().split("\\.");
        if (labels.length < 2) {
            return "";
        }
        int i = labels.length - 2;
        if (i > 0 && SECOND_LEVEL.contains(labels[i])) {
            i--;
        }
        return labels[i];
    }
}
