package org.gazette.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

    private static String n(String url) {
        return UrlNormalizer.normalize(url);
    }

    @Test
    void caseDefaultPortsFragmentsAndEmptyPathsAreNormalised() {
        assertEquals("https://news.example/world/", n("HTTPS://News.EXAMPLE:443/world/#top"));
        assertEquals("http://news.example/", n("http://news.example:80"));
        assertEquals("http://news.example:8080/a", n("http://news.example:8080/a"));
        assertEquals("https://news.example/", n("https://news.example./"));
    }

    @Test
    void trackingParametersGoAndTheRestKeepTheirOrder() {
        assertEquals("https://news.example/a?id=7&page=2",
                n("https://news.example/a?utm_source=rss&id=7&UTM_Medium=x&fbclid=abc&page=2&gclid=1"));
        assertEquals("https://news.example/a", n("https://news.example/a?utm_campaign=x"));
        assertEquals("https://news.example/a", n("https://news.example/a?"));
    }

    @Test
    void dotSegmentsAndEscapesAreResolved() {
        assertEquals("https://news.example/b/c", n("https://news.example/a/../b/./c"));
        assertEquals("https://news.example/~user/a%2Fb", n("https://news.example/%7Euser/a%2fb"));
        assertEquals("https://xn--nachrichten-v8a.example/", n("https://Nachrichtenä.example/"));
    }

    @Test
    void otherSchemesKeepTheirFormLessTheFragment() {
        assertEquals("file:///tmp/a.html", n("file:///tmp/a.html#x"));
    }

    @Test
    void malformedUrlsAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n("https://news.example/a b"));
        assertTrue(e.getMessage().contains("malformed URL"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> n("/relative/path"));
        assertThrows(IllegalArgumentException.class, () -> n(""));
    }

    @Test
    void hostKeysCarryNonDefaultPorts() {
        assertEquals("news.example", UrlNormalizer.hostKey("https://news.example/a"));
        assertEquals("127.0.0.1:8080", UrlNormalizer.hostKey("http://127.0.0.1:8080/a"));
    }
}
