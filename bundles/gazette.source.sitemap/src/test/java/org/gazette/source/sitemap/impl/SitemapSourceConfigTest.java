package org.gazette.source.sitemap.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class SitemapSourceConfigTest {

    private static InvalidPropertyException invalid(SitemapSource.Config config) {
        return assertThrows(InvalidPropertyException.class, () -> new SitemapSource(config));
    }

    @Test
    void invalidValuesNameTheirProperty() {
        assertEquals("invalid configuration property 'url': is required: the URL of a sitemap, sitemap index, robots.txt or site root (http, https or file)",
                invalid(TestConfig.of(null)).getMessage());
        assertEquals("url", invalid(TestConfig.of("mailto:news@example.org")).property());
        assertEquals("url", invalid(TestConfig.of("https://")).property());
        assertEquals("gazette.source.interval", invalid(TestConfig.of("https://a.example/s.xml", "gazette.source.interval", "often")).property());
        assertEquals("gazette.source.maxItems", invalid(TestConfig.of("https://a.example/s.xml", "gazette.source.maxItems", -3)).property());
        assertEquals("invalid configuration property 'maxAge': '2 days' is not a duration (write 30s, 5m, 2h, 1d, 500ms or PT5M)",
                invalid(TestConfig.of("https://a.example/s.xml", "maxAge", "2 days")).getMessage());
        assertEquals("maxBytes", invalid(TestConfig.of("https://a.example/s.xml", "maxBytes", "0")).property());
        assertEquals("invalid configuration property 'maxSitemaps': 0 is outside 1-10000",
                invalid(TestConfig.of("https://a.example/s.xml", "maxSitemaps", 0)).getMessage());
        assertEquals("timeout", invalid(TestConfig.of("https://a.example/s.xml", "timeout", "0s")).property());
        assertEquals("remember", invalid(TestConfig.of("https://a.example/s.xml", "remember", 2_000_000)).property());
    }

    @Test
    void validConfigurationsActivate() {
        new SitemapSource(TestConfig.of("https://a.example/"));
        new SitemapSource(TestConfig.of("https://a.example/sitemap_index.xml", "maxAge", "0", "maxSitemaps", 1));
        new SitemapSource(TestConfig.of("file:///srv/sitemaps/news.xml.gz"));
    }
}
