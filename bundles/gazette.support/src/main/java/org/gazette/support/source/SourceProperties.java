package org.gazette.support.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import org.gazette.api.StageProperties;
import org.gazette.support.Durations;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.Sizes;

/**
 * Checks of the configuration properties that sources reading a document by URL share: the URL,
 * the polling properties the engine reads, and the size and time limits of the download. Every
 * check throws an {@link InvalidPropertyException} naming the property and the value.
 */
public final class SourceProperties {

    /** The largest document a source may be configured to read: it is read into memory. */
    public static final long MAX_BYTES_LIMIT = 1L << 30;

    private SourceProperties() {
    }

    /**
     * @param property the property, for messages
     * @param value the configured URL
     * @param what what the URL points to, for the message when it is missing ("the URL of the feed")
     * @param example a file URL to show when a file URL has no path ("file:///path/to/feed.xml")
     * @return the URL, absolute and normalised, with an http, https or file scheme
     */
    public static URI url(String property, String value, String what, String example) {
        if (value == null || value.isBlank()) {
            throw new InvalidPropertyException(property, "is required: " + what + " (http, https or file)");
        }
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new InvalidPropertyException(property, "'" + value + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                if (uri.getHost() == null) {
                    throw new InvalidPropertyException(property, "'" + value + "' has no host");
                }
            }
            case "file" -> {
                if (uri.getPath() == null || uri.getPath().length() <= 1) {
                    throw new InvalidPropertyException(property, "'" + value + "' has no path (write " + example + ")");
                }
            }
            default -> throw new InvalidPropertyException(property, "'" + value + "' is not an http, https or file URL");
        }
        return uri.normalize();
    }

    /**
     * Checks the properties the engine reads to schedule a source ({@value StageProperties#SOURCE_INTERVAL},
     * {@value StageProperties#SOURCE_MAX_ITEMS}), so that a bad value stops the component itself.
     *
     * @param interval the configured poll interval
     * @param maxItems the configured most items per poll
     */
    public static void checkPolling(String interval, int maxItems) {
        Durations.parse(StageProperties.SOURCE_INTERVAL, interval);
        if (maxItems < 0) {
            throw new InvalidPropertyException(StageProperties.SOURCE_MAX_ITEMS, "must not be negative: " + maxItems);
        }
    }

    /**
     * @param maxBytes the configured {@code maxBytes}: the largest document, at most 1GB
     * @param timeout the configured {@code timeout}: the time allowed for one download, more than zero
     * @param what what is read, for the message when {@code maxBytes} is too large ("a feed")
     * @return a downloader with these limits
     */
    public static Downloader downloader(String maxBytes, String timeout, String what) {
        long bytes = Sizes.parse("maxBytes", maxBytes);
        if (bytes > MAX_BYTES_LIMIT) {
            throw new InvalidPropertyException("maxBytes", "'" + maxBytes + "' is more than 1GB (" + what + " is read into memory)");
        }
        Duration time = Durations.parse("timeout", timeout);
        if (time.isZero()) {
            throw new InvalidPropertyException("timeout", "must be greater than zero, such as 30s");
        }
        return new Downloader(bytes, "maxBytes " + maxBytes.trim() + " (" + bytes + " bytes)", time);
    }

    /**
     * @param property the property, for messages
     * @return the value, when it lies in {@code min..max}
     */
    public static int range(String property, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidPropertyException(property, value + " is outside " + min + "-" + max);
        }
        return value;
    }
}
