package org.gazette.parse.html.impl;

import java.net.URI;
import java.net.URISyntaxException;

/** The path of an address, for telling whether two addresses lead to the same page of a site. */
final class UrlPaths {

    private UrlPaths() {
    }

    /**
     * @param location the page's address, against which a relative one is read; possibly empty
     * @param url an address, possibly relative, possibly {@code null}
     * @return its path without a trailing slash ("" for a site's home page), or {@code null} when it
     *         has none or does not parse
     */
    static String of(String location, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String path = (location == null || location.isEmpty() ? uri : new URI(location).resolve(uri)).getPath();
            return path == null ? null : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
