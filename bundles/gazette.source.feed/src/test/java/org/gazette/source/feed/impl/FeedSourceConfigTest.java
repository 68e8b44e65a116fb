package org.gazette.source.feed.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class FeedSourceConfigTest {

    private static InvalidPropertyException invalid(FeedSource.Config config) {
        return assertThrows(InvalidPropertyException.class, () -> new FeedSource(config));
    }

    @Test
    void urlIsRequiredAndMustBeHttpHttpsOrFile() {
        assertEquals("invalid configuration property 'url': is required: the URL of the feed (http, https or file)",
                invalid(TestConfig.of(" ")).getMessage());
        assertEquals("invalid configuration property 'url': 'ftp://x.example/feed' is not an http, https or file URL",
                invalid(TestConfig.of("ftp://x.example/feed")).getMessage());
        assertEquals("url", invalid(TestConfig.of("news/feed.xml")).property());
        assertEquals("url", invalid(TestConfig.of("https://bad host/feed")).property());
        assertEquals("invalid configuration property 'url': 'https:///feed' has no host",
                invalid(TestConfig.of("https:///feed")).getMessage());
    }

    @Test
    void limitsAndDurationsAreChecked() {
        assertEquals("gazette.source.interval", invalid(TestConfig.of("https://x.example/f", "gazette.source.interval", "soon")).property());
        assertEquals("gazette.source.maxItems", invalid(TestConfig.of("https://x.example/f", "gazette.source.maxItems", -1)).property());
        assertEquals("maxBytes", invalid(TestConfig.of("https://x.example/f", "maxBytes", "huge")).property());
        assertEquals("maxBytes", invalid(TestConfig.of("https://x.example/f", "maxBytes", "2GB")).property());
        assertEquals("invalid configuration property 'timeout': must be greater than zero, such as 30s",
                invalid(TestConfig.of("https://x.example/f", "timeout", "0")).getMessage());
        assertEquals("invalid configuration property 'remember': 5 is outside 10-1000000",
                invalid(TestConfig.of("https://x.example/f", "remember", 5)).getMessage());
        assertEquals("maxDepth", invalid(TestConfig.of("https://x.example/f", "maxDepth", 2)).property());
        assertEquals("maxElements", invalid(TestConfig.of("https://x.example/f", "maxElements", 0)).property());
    }

    @Test
    void validConfigurationsActivate() {
        new FeedSource(TestConfig.of("https://x.example/feed"));
        new FeedSource(TestConfig.of("file:///var/feeds/local.xml", "gazette.source.interval", "PT5M", "gazette.source.maxItems", 50));
    }
}
