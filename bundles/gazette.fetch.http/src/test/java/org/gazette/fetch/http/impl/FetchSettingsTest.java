package org.gazette.fetch.http.impl;

import static org.gazette.fetch.http.impl.TestSupport.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The configuration: defaults, and a clear error naming the property for every bad value. */
class FetchSettingsTest {

    @Test
    void defaultsAreThoseOfTheAnnotation() {
        HttpFetcher.Config defaults = config("minDelay", "1s", "backoffBase", "30s", "backoffMax", "1h", "backoffJitter", 0.5,
                "robotsTimeout", "10s");
        FetchSettings s = FetchSettings.of(defaults);
        assertEquals(HttpFetcher.DEFAULT_USER_AGENT, s.userAgent());
        assertEquals("gazettebot", s.robotsAgent());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertEquals(5, s.maxRedirects());
        assertEquals(10L << 20, s.maxBodyBytes());
        assertEquals(20L << 20, s.maxDecompressedBytes());
        assertEquals(Duration.ofSeconds(1), s.minDelay());
        assertEquals(1, s.maxRequestsPerHost());
        assertEquals(16, s.maxRequests());
        assertEquals(3, s.maxRetries());
        assertEquals(Duration.ofHours(24), s.robotsExpiry());
        assertEquals(Duration.ofSeconds(30), s.maxCrawlDelay());
        assertTrue(s.obeyRobots());
        assertTrue(s.acceptedTypes().accepts("application/xhtml+xml"));
        assertNull(s.proxy());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "userAgent|''|userAgent",
        "userAgent|/1.0 nothing before the slash|userAgent",
        "connectTimeout|0|connectTimeout",
        "timeout|soon|timeout",
        "maxBodySize|2GB|maxBodySize",
        "maxDecompressedSize|0|maxDecompressedSize",
        "minDelay|-1s|minDelay",
        "robotsMaxSize|big|robotsMaxSize",
        "backoffMax|50ms|backoffMax",
        "robotsExpiry|0|robotsExpiry",
    })
    void badTextValuesNameTheirProperty(String property, String value, String named) {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> FetchSettings.of(config(property, value)));
        assertEquals(named, e.property());
    }

    @Test
    void badNumbersNameTheirProperty() {
        assertEquals("maxRedirects", assertThrows(InvalidPropertyException.class,
                () -> FetchSettings.of(config("maxRedirects", -1))).property());
        assertEquals("maxRequestsPerHost", assertThrows(InvalidPropertyException.class,
                () -> FetchSettings.of(config("maxRequestsPerHost", 0))).property());
        assertEquals("maxRequests", assertThrows(InvalidPropertyException.class,
                () -> FetchSettings.of(config("maxRequests", 0))).property());
        assertEquals("backoffJitter", assertThrows(InvalidPropertyException.class,
                () -> FetchSettings.of(config("backoffJitter", 1.5))).property());
        assertEquals("proxyPort", assertThrows(InvalidPropertyException.class,
                () -> FetchSettings.of(config("proxyHost", "proxy.local", "proxyPort", 0))).property());
        assertEquals("acceptedTypes", assertThrows(InvalidPropertyException.class,
                () -> FetchSettings.of(config("acceptedTypes", new String[] {"html"}))).property());
        assertEquals("acceptedTypes", assertThrows(InvalidPropertyException.class,
                () -> FetchSettings.of(config("acceptedTypes", new String[0]))).property());
    }

    @Test
    void proxyIsTakenWhenComplete() {
        FetchSettings s = FetchSettings.of(config("proxyHost", "proxy.local", "proxyPort", 3128));
        assertEquals("proxy.local", s.proxy().getHostString());
        assertEquals(3128, s.proxy().getPort());
    }

    @Test
    void badConfigurationStopsActivationWithTheMessage() {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class,
                () -> new HttpFetcher(config("timeout", "forever"), TestSupport.logger()));
        assertTrue(e.getMessage().contains("'timeout'"), e.getMessage());
    }
}
