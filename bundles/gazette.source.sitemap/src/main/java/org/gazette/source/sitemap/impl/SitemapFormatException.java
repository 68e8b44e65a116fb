package org.gazette.source.sitemap.impl;

/** The bytes are not a sitemap this source can read: not well-formed, a DOCTYPE, or an unknown format. */
final class SitemapFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    SitemapFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
