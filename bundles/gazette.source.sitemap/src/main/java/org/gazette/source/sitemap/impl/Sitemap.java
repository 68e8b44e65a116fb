package org.gazette.source.sitemap.impl;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/** What one sitemap document holds: either child sitemaps (an index) or page URLs (a URL set). */
sealed interface Sitemap {

    /**
     * A sitemap index.
     *
     * @param children the sitemaps it lists
     */
    record Index(List<Child> children) implements Sitemap {
    }

    /**
     * A URL set (XML, or a plain text list of URLs).
     *
     * @param entries the URLs it lists, in document order
     */
    record UrlSet(List<Entry> entries) implements Sitemap {
    }

    /**
     * A sitemap listed in an index.
     *
     * @param url its URL
     * @param lastModified its {@code lastmod}, or {@code null}
     */
    record Child(URI url, OffsetDateTime lastModified) {
    }

    /**
     * A page listed in a sitemap, with its Google News data when it has any.
     *
     * @param url the page URL as written
     * @param lastModified its {@code lastmod}, or {@code null}
     * @param newsTitle {@code news:title}, or {@code null}
     * @param newsPublished {@code news:publication_date}, or {@code null}
     * @param newsLanguage {@code news:language} of the publication, or {@code null}
     * @param newsPublication {@code news:name} of the publication, or {@code null}
     * @param newsKeywords {@code news:keywords}, possibly empty
     */
    record Entry(String url, OffsetDateTime lastModified, String newsTitle, OffsetDateTime newsPublished,
            String newsLanguage, String newsPublication, List<String> newsKeywords) {

        /** @return when the page was published or last changed: the news date, else lastmod; {@code null} when unknown */
        OffsetDateTime date() {
            return newsPublished != null ? newsPublished : lastModified;
        }
    }
}
