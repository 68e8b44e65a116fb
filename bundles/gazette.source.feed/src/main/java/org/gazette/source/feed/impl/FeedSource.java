package org.gazette.source.feed.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.Fetcher;
import org.gazette.api.Source;
import org.gazette.api.SourceContext;
import org.gazette.api.StageProperties;
import org.gazette.support.Durations;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.Sizes;
import org.gazette.support.source.Downloader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A {@link Source} that polls one RSS or Atom feed and emits its new entries as URLs to fetch, with
 * the entry's title, summary, authors, date and language as hints. One instance per factory
 * configuration of {@value #PID}. http(s) feeds are fetched through the {@link Fetcher} service
 * for their scheme, so that robots.txt and politeness apply; {@code file:} feeds are read directly.
 */
@Component(
        configurationPid = FeedSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Source.class,
        property = StageProperties.SOURCE_KIND + "=feed")
@Designate(ocd = FeedSource.Config.class, factory = true)
public class FeedSource implements Source {

    /** The factory configuration PID. */
    public static final String PID = "org.gazette.source.feed";

    static final long MAX_BYTES_LIMIT = 1L << 30;

    /** Configuration of one feed source. */
    @ObjectClassDefinition(
            name = "Gazette feed source",
            description = "Polls an RSS (0.9x, 1.0, 2.0) or Atom feed and emits its new entries. One configuration per feed.")
    @interface Config {

        @AttributeDefinition(name = "Feed URL",
                description = "The feed: an http, https or file URL. Required.")
        String url();

        @AttributeDefinition(name = "Poll interval",
                description = "How often the feed is read: 30s, 5m, 2h, 1d or ISO-8601 (PT5M). 0: only when an operator runs the source.")
        String gazette_source_interval() default "10m";

        @AttributeDefinition(name = "Adaptive interval",
                description = "Poll more often while the feed brings new URLs (down to a quarter of the interval) and less often while it does not (up to four times).")
        boolean gazette_source_adaptive() default false;

        @AttributeDefinition(name = "Items per poll",
                description = "The most entries admitted from one poll; the rest follow in the next polls. 0: no limit.")
        int gazette_source_maxItems() default 0;

        @AttributeDefinition(name = "Largest feed",
                description = "Largest feed document to read: 512KB, 5MB, at most 1GB. A larger feed fails the poll.")
        String maxBytes() default "5MB";

        @AttributeDefinition(name = "Fetch timeout",
                description = "Time allowed to fetch the feed, e.g. 30s.")
        String timeout() default "30s";

        @AttributeDefinition(name = "Entries remembered",
                description = "How many fingerprints of emitted entries are kept to skip them on later polls (10-1000000); keep it above the feed's length.")
        int remember() default 2000;

        @AttributeDefinition(name = "Most XML elements",
                description = "The most elements a feed document may have (100-10000000); more fails the poll.")
        int maxElements() default 100_000;

        @AttributeDefinition(name = "Deepest XML nesting",
                description = "The deepest nesting of elements a feed document may have (8-1000); deeper fails the poll.")
        int maxDepth() default 64;
    }

    /** Fetchers that declare their schemes; the one for the feed's scheme is chosen at each poll. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + StageProperties.FETCHER_SCHEMES + "=*)")
    volatile List<Map.Entry<Map<String, Object>, Fetcher>> fetchers = List.of();

    private final URI url;
    private final Downloader downloader;
    private final FeedParser parser;
    private final int remember;

    /**
     * @param config the configuration
     * @throws InvalidPropertyException when a property has a value that cannot be used
     */
    @Activate
    public FeedSource(Config config) {
        this.url = url("url", config.url());
        Durations.parse(StageProperties.SOURCE_INTERVAL, config.gazette_source_interval());
        if (config.gazette_source_maxItems() < 0) {
            throw new InvalidPropertyException(StageProperties.SOURCE_MAX_ITEMS,
                    "must not be negative: " + config.gazette_source_maxItems());
        }
        long maxBytes = Sizes.parse("maxBytes", config.maxBytes());
        if (maxBytes > MAX_BYTES_LIMIT) {
            throw new InvalidPropertyException("maxBytes", "'" + config.maxBytes() + "' is more than 1GB (a feed is read into memory)");
        }
        Duration timeout = Durations.parse("timeout", config.timeout());
        if (timeout.isZero()) {
            throw new InvalidPropertyException("timeout", "must be greater than zero, such as 30s");
        }
        this.remember = range("remember", config.remember(), 10, 1_000_000);
        XmlLimits limits = new XmlLimits(range("maxDepth", config.maxDepth(), 8, 1000),
                range("maxElements", config.maxElements(), 100, 10_000_000));
        this.downloader = new Downloader(maxBytes, "maxBytes " + config.maxBytes().trim() + " (" + maxBytes + " bytes)", timeout);
        this.parser = new FeedParser(limits);
    }

    @Override
    public void poll(SourceContext context) throws Exception {
        new FeedPoll(url, downloader, parser, remember, fetchers, context).run();
    }

    /**
     * @param property the property, for messages
     * @param value the configured URL
     * @return the URL, absolute, with an http, https or file scheme
     */
    static URI url(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidPropertyException(property, "is required: the URL of the feed (http, https or file)");
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
                if (uri.getPath() == null || uri.getPath().isEmpty()) {
                    throw new InvalidPropertyException(property, "'" + value + "' has no path (write file:///path/to/feed.xml)");
                }
            }
            default -> throw new InvalidPropertyException(property,
                    "'" + value + "' is not an http, https or file URL");
        }
        return uri.normalize();
    }

    private static int range(String property, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidPropertyException(property, value + " is outside " + min + "-" + max);
        }
        return value;
    }
}
