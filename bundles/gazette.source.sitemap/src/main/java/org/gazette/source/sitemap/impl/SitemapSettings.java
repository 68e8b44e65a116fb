package org.gazette.source.sitemap.impl;

import java.net.URI;
import java.time.Duration;

/**
 * The validated configuration of a sitemap source.
 *
 * @param url the sitemap, sitemap index, robots.txt or site root
 * @param maxAge entries older than this are skipped; zero: no age limit
 * @param maxSitemaps the most sitemap documents fetched in one poll
 * @param maxBytes the largest sitemap, after decompression
 * @param limit {@code maxBytes} as configured, for messages
 * @param remember how many fingerprints of emitted URLs are kept
 */
record SitemapSettings(URI url, Duration maxAge, int maxSitemaps, long maxBytes, String limit, int remember) {
}
