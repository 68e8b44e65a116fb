package org.gazette.support.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class SourcePropertiesTest {

    @Test
    void acceptsHttpHttpsAndFileUrlsNormalised() {
        assertEquals(URI.create("https://news.example/feed.xml"),
                SourceProperties.url("url", " https://news.example/a/../feed.xml ", "the feed", "file:///f.xml"));
        assertEquals(URI.create("file:///srv/lists/today.txt"), SourceProperties.url("url", "file:///srv/lists/today.txt", "the list", "file:///l.txt"));
    }

    @Test
    void rejectsMissingMalformedAndOtherUrlsNamingTheProperty() {
        assertMessage("url", "is required: the URL of the feed (http, https or file)", () -> SourceProperties.url("url", " ", "the URL of the feed", "x"));
        assertMessage("url", "'ftp://news.example/f' is not an http, https or file URL", () -> SourceProperties.url("url", "ftp://news.example/f", "w", "x"));
        assertMessage("url", "'https:///f' has no host", () -> SourceProperties.url("url", "https:///f", "w", "x"));
        assertMessage("url", "'file:///' has no path (write file:///path/to/feed.xml)", () -> SourceProperties.url("url", "file:///", "w", "file:///path/to/feed.xml"));
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> SourceProperties.url("url", "http://a b", "w", "x"));
        assertTrue(e.getMessage().contains("is not a valid URL"), e.getMessage());
    }

    @Test
    void checksThePollingPropertiesTheEngineReads() {
        SourceProperties.checkPolling("5m", 0);
        assertEquals("gazette.source.maxItems", assertThrows(InvalidPropertyException.class, () -> SourceProperties.checkPolling("5m", -1)).property());
        assertEquals("gazette.source.interval", assertThrows(InvalidPropertyException.class, () -> SourceProperties.checkPolling("soon", 0)).property());
    }

    @Test
    void buildsADownloaderWithinTheLimits() {
        Downloader d = SourceProperties.downloader(" 5MB ", "30s", "a feed");
        assertEquals(5L << 20, d.maxBytes());
        assertEquals("maxBytes 5MB (5242880 bytes)", d.limit());
        assertMessage("maxBytes", "'2GB' is more than 1GB (a feed is read into memory)", () -> SourceProperties.downloader("2GB", "30s", "a feed"));
        assertMessage("timeout", "must be greater than zero, such as 30s", () -> SourceProperties.downloader("5MB", "0", "a feed"));
    }

    @Test
    void rangesIncludeTheirBounds() {
        assertEquals(10, SourceProperties.range("remember", 10, 10, 20));
        assertEquals(20, SourceProperties.range("remember", 20, 10, 20));
        assertMessage("remember", "21 is outside 10-20", () -> SourceProperties.range("remember", 21, 10, 20));
    }

    private static void assertMessage(String property, String detail, org.junit.jupiter.api.function.Executable check) {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, check);
        assertEquals(property, e.property());
        assertTrue(e.getMessage().endsWith(detail), e.getMessage());
    }
}
