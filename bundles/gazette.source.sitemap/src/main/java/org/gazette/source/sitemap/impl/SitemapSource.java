package org.gazette.source.sitemap.impl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gazette.api.Fetcher;
import org.gazette.api.Source;
import org.gazette.api.SourceContext;
import org.gazette.api.StageProperties;
import org.gazette.support.Durations;
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
 * A {@link Source} that reads a site's sitemaps (a sitemap, a sitemap index, or the sitemaps a
 * robots.txt lists) and emits the URLs that are recent and new, with Google News data as hints.
 * One instance per factory configuration of {@value #PID}. http(s) sitemaps are fetched through the
 * {@link Fetcher} service for their scheme; {@code file:} ones are read directly.
 */
@Component(
        configurationPid = SitemapSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Source.class,
        property = StageProperties.SOURCE_KIND + "=sitemap")
@Designate(ocd = SitemapSource.Config.class, factory = true)
public class SitemapSource implements Source {

    /** The factory configuration PID. */
    public static final String PID = "org.gazette.source.sitemap";

    /** Configuration of one sitemap source. */
    @ObjectClassDefinition(
            name = "Gazette sitemap source",
            description = "Reads a sitemap, sitemap index or the sitemaps of a robots.txt and emits recent new URLs. One configuration per site or sitemap.")
    @interface Config {

        @AttributeDefinition(name = "Sitemap URL",
                description = "A sitemap or sitemap index (.xml, .xml.gz, .txt), a robots.txt, or a site root (its robots.txt is read): http, https or file. Required.")
        String url();

        @AttributeDefinition(name = "Poll interval",
                description = "How often the sitemaps are read: 30s, 5m, 2h, 1d or ISO-8601 (PT5M). 0: only when an operator runs the source.")
        String gazette_source_interval() default "15m";

        @AttributeDefinition(name = "Adaptive interval",
                description = "Poll more often while the sitemaps bring new URLs (down to a quarter of the interval) and less often while they do not (up to four times).")
        boolean gazette_source_adaptive() default false;

        @AttributeDefinition(name = "Items per poll",
                description = "The most URLs admitted from one poll; the rest follow in the next polls. 0: no limit.")
        int gazette_source_maxItems() default 0;

        @AttributeDefinition(name = "Oldest entry",
                description = "Entries whose news:publication_date (else lastmod) is older than this are skipped, and so are sitemaps whose lastmod is: 2d, 12h, ... 0: no age limit.")
        String maxAge() default "2d";

        @AttributeDefinition(name = "Largest sitemap",
                description = "Largest sitemap to read, after decompression: 10MB, 50MB (the protocol's own limit), at most 1GB.")
        String maxBytes() default "50MB";

        @AttributeDefinition(name = "Sitemaps per poll",
                description = "The most sitemap documents fetched in one poll (1-10000), indexes included; unchanged sitemaps skipped by their lastmod do not count.")
        int maxSitemaps() default 20;

        @AttributeDefinition(name = "Fetch timeout",
                description = "Time allowed to fetch one sitemap, e.g. 30s.")
        String timeout() default "30s";

        @AttributeDefinition(name = "URLs remembered",
                description = "How many fingerprints of emitted URLs are kept to skip them on later polls (10-1000000).")
        int remember() default 20_000;
    }

    /** Fetchers that declare their schemes; the one for each sitemap's scheme is chosen when it is read. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + StageProperties.FETCHER_SCHEMES + "=*)")
    volatile List<Map.Entry<Map<String, Object>, Fetcher>> fetchers = List.of();

    private final SitemapSettings settings;
    private final Downloader downloader;
    private final SitemapReader reader = new SitemapReader();
    private final Clock clock;

    /**
     * @param config the configuration
     * @throws InvalidPropertyException when a property has a value that cannot be used
     */
    @Activate
    public SitemapSource(Config config) {
        this(config, Clock.systemUTC());
    }

    SitemapSource(Config config, Clock clock) {
        URI url = SourceProperties.url("url", config.url(), "the URL of a sitemap, sitemap index, robots.txt or site root", "file:///path/to/sitemap.xml");
        SourceProperties.checkPolling(config.gazette_source_interval(), config.gazette_source_maxItems());
        Duration maxAge = Durations.parse("maxAge", config.maxAge());
        this.downloader = SourceProperties.downloader(config.maxBytes(), config.timeout(), "a sitemap");
        this.settings = new SitemapSettings(url, maxAge, SourceProperties.range("maxSitemaps", config.maxSitemaps(), 1, 10_000),
                this.downloader.maxBytes(), this.downloader.limit(), SourceProperties.range("remember", config.remember(), 10, 1_000_000));
        this.clock = clock;
    }

    @Override
    public void poll(SourceContext context) throws Exception {
        new SitemapPoll(settings, downloader, reader, fetchers, clock, context).run();
    }
}
