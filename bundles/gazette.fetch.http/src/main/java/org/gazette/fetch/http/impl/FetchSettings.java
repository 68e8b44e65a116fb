package org.gazette.fetch.http.impl;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.support.Durations;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.Sizes;

/**
 * The fetcher's configuration, checked: every problem is an {@link InvalidPropertyException} naming
 * the property.
 */
record FetchSettings(
        String userAgent,
        String robotsAgent,
        Duration connectTimeout,
        Duration timeout,
        int maxRedirects,
        long maxBodyBytes,
        long maxDecompressedBytes,
        AcceptedTypes acceptedTypes,
        Duration minDelay,
        int maxRequestsPerHost,
        int maxRequests,
        int maxRetries,
        Duration backoffBase,
        Duration backoffMax,
        double backoffJitter,
        Duration maxRetryAfter,
        boolean obeyRobots,
        Duration robotsExpiry,
        Duration robotsRetry,
        Duration robotsTimeout,
        long robotsMaxBytes,
        Duration maxCrawlDelay,
        int robotsCacheSize,
        InetSocketAddress proxy) {

    /** The product token at the start of a user agent (RFC 9309 §2.2.1: letters, '-' and '_'). */
    private static final Pattern PRODUCT_TOKEN = Pattern.compile("([A-Za-z_-]+)(?:[/\\s].*)?");
    /** Largest body the fetcher holds in memory as one array. */
    static final long MAX_SIZE_LIMIT = 1L << 30;

    static FetchSettings of(HttpFetcher.Config c) {
        String userAgent = c.userAgent() == null ? "" : c.userAgent().trim();
        return new FetchSettings(
                userAgent,
                robotsAgent(userAgent),
                positive("connectTimeout", c.connectTimeout()),
                positive("timeout", c.timeout()),
                atLeast("maxRedirects", c.maxRedirects(), 0),
                size("maxBodySize", c.maxBodySize()),
                size("maxDecompressedSize", c.maxDecompressedSize()),
                AcceptedTypes.parse("acceptedTypes", c.acceptedTypes()),
                Durations.parse("minDelay", c.minDelay()),
                atLeast("maxRequestsPerHost", c.maxRequestsPerHost(), 1),
                atLeast("maxRequests", c.maxRequests(), 1),
                atLeast("maxRetries", c.maxRetries(), 0),
                positive("backoffBase", c.backoffBase()),
                backoffMax(c),
                jitter(c.backoffJitter()),
                Durations.parse("maxRetryAfter", c.maxRetryAfter()),
                c.obeyRobots(),
                positive("robotsExpiry", c.robotsExpiry()),
                positive("robotsRetry", c.robotsRetry()),
                positive("robotsTimeout", c.robotsTimeout()),
                size("robotsMaxSize", c.robotsMaxSize()),
                Durations.parse("maxCrawlDelay", c.maxCrawlDelay()),
                atLeast("robotsCacheSize", c.robotsCacheSize(), 1),
                proxy(c.proxyHost(), c.proxyPort()));
    }

    /** @return the name robots.txt groups are matched against: the user agent's product token, lower case */
    static String robotsAgent(String userAgent) {
        if (userAgent.isEmpty()) {
            throw new InvalidPropertyException("userAgent", "is required: sites identify the crawler by it");
        }
        for (char ch : userAgent.toCharArray()) {
            if (ch < 0x20 || ch == 0x7f) {
                throw new InvalidPropertyException("userAgent", "contains a control character");
            }
        }
        Matcher m = PRODUCT_TOKEN.matcher(userAgent);
        if (!m.matches()) {
            throw new InvalidPropertyException("userAgent", "'" + userAgent + "' must start with a product token of"
                    + " letters, '-' or '_' followed by '/' or a space (GazetteBot/0.1 ...): robots.txt groups are matched against it");
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    private static Duration positive(String property, String value) {
        Duration d = Durations.parse(property, value);
        if (d.isZero()) {
            throw new InvalidPropertyException(property, "must be more than 0");
        }
        return d;
    }

    private static int atLeast(String property, int value, int min) {
        if (value < min) {
            throw new InvalidPropertyException(property, value + " is less than " + min);
        }
        return value;
    }

    private static long size(String property, String value) {
        long bytes = Sizes.parse(property, value);
        if (bytes > MAX_SIZE_LIMIT) {
            throw new InvalidPropertyException(property, "'" + value + "' is more than 1GB (bodies are held in memory)");
        }
        return bytes;
    }

    private static Duration backoffMax(HttpFetcher.Config c) {
        Duration max = positive("backoffMax", c.backoffMax());
        if (max.compareTo(Durations.parse("backoffBase", c.backoffBase())) < 0) {
            throw new InvalidPropertyException("backoffMax", "'" + c.backoffMax() + "' is less than backoffBase '" + c.backoffBase() + "'");
        }
        return max;
    }

    private static double jitter(double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new InvalidPropertyException("backoffJitter", value + " is not between 0 and 1");
        }
        return value;
    }

    private static InetSocketAddress proxy(String host, int port) {
        if (host == null || host.isBlank()) {
            return null;
        }
        if (port < 1 || port > 65535) {
            throw new InvalidPropertyException("proxyPort", port + " is not a port (1-65535); it is required with proxyHost");
        }
        return InetSocketAddress.createUnresolved(host.trim(), port);
    }
}
