package org.gazette.fetch.http.impl;

import java.net.URI;
import java.net.URISyntaxException;

import org.gazette.api.FetchException;
import org.gazette.api.Fetcher;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;
import org.gazette.support.InvalidPropertyException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link Fetcher} for {@code http} and {@code https} URLs, on the JDK's HttpClient: obeys
 * robots.txt, keeps a delay between requests to a host and a limit of requests in flight, honours
 * Retry-After, asks for retries with backoff instead of sleeping, sends conditional requests, and
 * bounds every fetch in bytes and time. Runs without configuration; configuration PID {@value #PID}.
 */
@Component(
        configurationPid = HttpFetcher.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {Fetcher.class, RobotsInspector.class},
        property = {StageProperties.FETCHER_SCHEMES + "=http", StageProperties.FETCHER_SCHEMES + "=https"})
@Designate(ocd = HttpFetcher.Config.class)
public class HttpFetcher implements Fetcher, RobotsInspector {

    /** The configuration PID. */
    public static final String PID = "org.gazette.fetch.http";

    /** The user agent when none is configured. */
    public static final String DEFAULT_USER_AGENT = "GazetteBot/0.1 (+https://example.invalid/gazette)";

    /** Configuration of the HTTP fetcher. */
    @ObjectClassDefinition(id = PID, name = "Gazette HTTP fetcher",
            description = "Fetches http and https URLs politely: robots.txt, delays and limits per host, retries with backoff.")
    public @interface Config {
        /** @return the display name */
        @AttributeDefinition(name = "Name", description = "Name of the fetcher shown by the console.")
        String gazette_name() default "http";

        /** @return the User-Agent */
        @AttributeDefinition(name = "User agent", description = "User-Agent sent with every request. Its first word"
                + " (before '/' or a space) is the name robots.txt groups are matched against, e.g. GazetteBot.")
        String userAgent() default DEFAULT_USER_AGENT;

        /** @return the connect timeout */
        @AttributeDefinition(name = "Connect timeout", description = "Longest wait for a TCP/TLS connection: 10s, 500ms, PT10S.")
        String connectTimeout() default "10s";

        /** @return the total timeout */
        @AttributeDefinition(name = "Timeout", description = "Longest time for a whole fetch (politeness waits, robots.txt,"
                + " redirects and body included) when the request names none; a shorter time in the request wins.")
        String timeout() default "30s";

        /** @return the redirect limit */
        @AttributeDefinition(name = "Most redirects", description = "Redirects followed before giving up (0: none).")
        int maxRedirects() default 5;

        /** @return the body size limit */
        @AttributeDefinition(name = "Largest body", description = "Largest body read, as sent (compressed): 512KB, 10MB, at most 1GB.")
        String maxBodySize() default "10MB";

        /** @return the decompressed size limit */
        @AttributeDefinition(name = "Largest decompressed body", description = "Largest content after gzip/deflate"
                + " decompression; a smaller maxBytes in the request wins.")
        String maxDecompressedSize() default "20MB";

        /** @return the accepted media types */
        @AttributeDefinition(name = "Accepted media types", description = "Content types fetched (text/html, text/*, */*);"
                + " others are skipped as unwanted without reading the body.")
        String[] acceptedTypes() default {"text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
                "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"};

        /** @return the per-host delay */
        @AttributeDefinition(name = "Minimum delay per host", description = "Least time between the starts of two requests"
                + " to one host; a longer robots.txt Crawl-delay wins. 0 turns the delay off (Crawl-delay still applies).")
        String minDelay() default "1s";

        /** @return the per-host concurrency */
        @AttributeDefinition(name = "Requests per host", description = "Most requests in flight to one host.")
        int maxRequestsPerHost() default 1;

        /** @return the global concurrency */
        @AttributeDefinition(name = "Requests in all", description = "Most requests in flight to all hosts together.")
        int maxRequests() default 16;

        /** @return the retry limit */
        @AttributeDefinition(name = "Most retries", description = "Retries of a URL after a timeout, a reset"
                + " connection, 408, 429 or 5xx; the attempt after the last retry fails for good.")
        int maxRetries() default 3;

        /** @return the first backoff */
        @AttributeDefinition(name = "Backoff base", description = "Wait before the first retry; doubled for each further attempt.")
        String backoffBase() default "30s";

        /** @return the longest backoff */
        @AttributeDefinition(name = "Backoff maximum", description = "Longest wait between retries.")
        String backoffMax() default "1h";

        /** @return the jitter */
        @AttributeDefinition(name = "Backoff jitter", description = "Fraction (0 to 1) of a backoff taken off at random so that"
                + " retries spread out: 0.5 waits between half and all of it.")
        double backoffJitter() default 0.5;

        /** @return the Retry-After cap */
        @AttributeDefinition(name = "Longest Retry-After", description = "Cap on the wait a server asks for with Retry-After.")
        String maxRetryAfter() default "1h";

        /** @return whether robots.txt is obeyed */
        @AttributeDefinition(name = "Obey robots.txt", description = "Check every URL, redirects included, against its host's robots.txt.")
        boolean obeyRobots() default true;

        /** @return the robots.txt lifetime */
        @AttributeDefinition(name = "robots.txt expiry", description = "How long a robots.txt that was read is believed.")
        String robotsExpiry() default "24h";

        /** @return the retry time of unreachable robots.txt */
        @AttributeDefinition(name = "robots.txt retry", description = "How long a host whose robots.txt was unreachable"
                + " (5xx, 429, network failure) is left alone before robots.txt is read again.")
        String robotsRetry() default "10m";

        /** @return the robots.txt timeout */
        @AttributeDefinition(name = "robots.txt timeout", description = "Longest time for reading one robots.txt.")
        String robotsTimeout() default "10s";

        /** @return the robots.txt size limit */
        @AttributeDefinition(name = "Largest robots.txt", description = "A longer robots.txt is cut here and the rest parsed (RFC 9309 asks for at least 500KB).")
        String robotsMaxSize() default "512KB";

        /** @return the Crawl-delay cap */
        @AttributeDefinition(name = "Longest Crawl-delay", description = "Cap on the Crawl-delay of a robots.txt; 0 ignores Crawl-delay.")
        String maxCrawlDelay() default "30s";

        /** @return the robots cache size */
        @AttributeDefinition(name = "robots.txt cache size", description = "Most hosts whose robots.txt is kept in memory.")
        int robotsCacheSize() default 10000;

        /** @return the proxy host */
        @AttributeDefinition(name = "Proxy host", description = "HTTP proxy for all requests; empty: the JVM's default proxy settings.")
        String proxyHost() default "";

        /** @return the proxy port */
        @AttributeDefinition(name = "Proxy port", description = "Port of the proxy; required with a proxy host.")
        int proxyPort() default 0;
    }

    private final Logger log;
    private volatile FetchContext context;

    /**
     * @param config the configuration
     * @param log where robots.txt problems are reported
     * @throws InvalidPropertyException naming the property when the configuration is unusable
     */
    @Activate
    public HttpFetcher(Config config, @Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        FetchSettings settings = FetchSettings.of(config);
        this.context = open(settings, new PolitenessGate(settings.minDelay().toMillis(), settings.maxRequestsPerHost(),
                settings.maxRequests()));
    }

    /**
     * Takes a new configuration without a restart (a restart would forget when each host was last
     * requested, and the engine would see the fetcher leave and come back). Fetches from now on use
     * the new settings, a new client and an empty robots cache; the new politeness gate remembers the
     * old one's hosts; fetches waiting in the old gate are sent back as NOT_READY (queued again), and
     * the exchanges already in flight complete before the old client closes.
     *
     * @throws InvalidPropertyException naming the property when the new configuration is unusable
     *         (the fetcher keeps the old one)
     */
    @Modified
    void modified(Config config) {
        FetchSettings settings = FetchSettings.of(config);
        FetchContext previous = context;
        context = open(settings, new PolitenessGate(settings.minDelay().toMillis(), settings.maxRequestsPerHost(),
                settings.maxRequests(), previous.gate()));
        previous.gate().close();
        previous.transport().closeWhenIdle();
    }

    private FetchContext open(FetchSettings settings, PolitenessGate gate) {
        Transport transport = new Transport(settings);
        Backoff backoff = new Backoff(settings);
        RobotsCache robots = new RobotsCache(new RobotsLoader(settings, transport, gate, backoff, log), settings.robotsCacheSize());
        return new FetchContext(settings, transport, gate, robots, backoff);
    }

    @Override
    public Document fetch(FetchRequest request) throws FetchException, InterruptedException {
        if (request == null) {
            throw new FetchException(FetchException.Reason.OTHER, "no fetch request");
        }
        return new PageFetch(context, request).run();
    }

    @Override
    public long readyIn(String url) {
        if (url == null) {
            return 0L;
        }
        try {
            return context.gate().readyInMillis(HostKey.of(new URI(url.trim())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return 0L;
        }
    }

    @Override
    public RobotsRules robots(HostKey host) throws FetchException, InterruptedException {
        // a second more than robotsTimeout, so that the robots.txt read is bounded by its own timeout
        FetchContext c = context;
        return c.robots().rules(host, Deadline.in(c.settings().robotsTimeout().toMillis() + 1000L));
    }

    @Override
    public String robotsAgent() {
        return context.settings().robotsAgent();
    }

    @Override
    public boolean obeysRobots() {
        return context.settings().obeyRobots();
    }

    @Override
    public long maxCrawlDelayMillis() {
        return context.settings().maxCrawlDelay().toMillis();
    }

    /** Aborts the requests in flight, wakes the fetches waiting for their turn and stops the client's threads. */
    @Deactivate
    public void deactivate() {
        FetchContext c = context;
        c.gate().close();
        c.transport().close();
    }
}
