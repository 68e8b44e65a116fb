package org.gazette.source.feed.impl;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.gazette.api.Fetcher;
import org.gazette.api.Source;
import org.gazette.api.SourceContext;
import org.gazette.api.StageProperties;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.source.Downloader;
import org.gazette.support.source.SourceProperties;
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
        this.url = SourceProperties.url("url", config.url(), "the URL of the feed", "file:///path/to/feed.xml");
        SourceProperties.checkPolling(config.gazette_source_interval(), config.gazette_source_maxItems());
        this.downloader = SourceProperties.downloader(config.maxBytes(), config.timeout(), "a feed");
        this.remember = SourceProperties.range("remember", config.remember(), 10, 1_000_000);
        XmlLimits limits = new XmlLimits(SourceProperties.range("maxDepth", config.maxDepth(), 8, 1000),
                SourceProperties.range("maxElements", config.maxElements(), 100, 10_000_000));
        this.parser = new FeedParser(limits);
    }

    @Override
    public void poll(SourceContext context) throws Exception {
        new FeedPoll(url, downloader, parser, remember, fetchers, context).run();
    }
}
