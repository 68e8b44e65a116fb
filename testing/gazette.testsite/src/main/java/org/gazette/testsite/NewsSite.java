package org.gazette.testsite;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixture news website, "The Harbour Courier", served on one address and port: robots.txt,
 * three section feeds (RSS 2.0, RSS 1.0 RDF, Atom), a sitemap index with a Google News sitemap
 * and a gzipped archive sitemap, a plain page list, index pages and CMS-style article pages,
 * and optionally a set of fault routes. All content is generated from a seed.
 *
 * <pre>{@code
 * try (NewsSite site = NewsSite.builder().articles(60).faults(true).start()) {
 *     crawl(site.baseUrl() + "/robots.txt");
 *     assertEquals(Set.copyOf(site.articleUrls()), stored());
 * }
 * }</pre>
 *
 * See the module's README for the routes. Thread-safe.
 */
public final class NewsSite implements AutoCloseable {

    /**
     * One request as the site saw it.
     *
     * @param at when it arrived
     * @param nanos {@link System#nanoTime()} when it arrived, for measuring intervals between requests
     * @param method the request method
     * @param path the request target: path and query as sent
     * @param status the response status
     * @param ifNoneMatch the If-None-Match header, or null
     * @param ifModifiedSince the If-Modified-Since header, or null
     * @param userAgent the User-Agent header, or null
     */
    public record Access(Instant at, long nanos, String method, String path, int status, String ifNoneMatch,
            String ifModifiedSince, String userAgent) {
    }

    /**
     * What the site currently serves for one article, for comparing with what a crawler extracted.
     *
     * @param url the canonical URL
     * @param section world, science or culture
     * @param headline the headline (the title element adds " | The Harbour Courier")
     * @param author the byline name (without "By ")
     * @param published the publication time (seconds precision)
     * @param modified the current revision's modification time (Last-Modified)
     * @param paragraphs the body paragraphs of the current revision, in order
     * @param charset the charset the page is encoded in (and declares)
     */
    public record Story(String url, String section, String headline, String author, Instant published, Instant modified,
            List<String> paragraphs, String charset) {
    }

    /** Sizes and times of the fault routes. */
    record Limits(long stallSeconds, long hugeBytes, long gzipBombBytes) {
    }

    private final String baseUrl;
    private final Newsroom newsroom;
    private final AccessLog log;
    private final HttpServer server;
    private final ResetServer resetServer;
    private final ExecutorService executor;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Clock clock;
    private final Map<String, String> faultUrls;
    private final Map<String, String> faultArticleUrls;
    private final ArticlePages pages;

    private NewsSite(Builder b) throws IOException {
        clock = b.clock;
        InetAddress address = InetAddress.getByName(b.host);
        newsroom = new Newsroom(b.seed != null ? b.seed : b.host.hashCode(), b.articles, b.days, clock.instant());
        log = new AccessLog(b.accessLogCapacity);
        executor = executor(b.threads, b.host);
        server = HttpServer.create(new InetSocketAddress(address, b.port), 512);
        String hostPart = b.host.contains(":") ? "[" + b.host + "]" : b.host;
        baseUrl = "http://" + hostPart + ":" + server.getAddress().getPort();
        PageCache cache = new PageCache(newsroom::version);
        ArticlePages pages = new ArticlePages(new ArticleTemplate(baseUrl, newsroom), cache);
        Sitemaps sitemaps = new Sitemaps(baseUrl, newsroom, clock.instant());
        ResetServer reset = null;
        FaultRoutes faults = null;
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> articleUrls = new LinkedHashMap<>();
        try {
            if (b.faults) {
                reset = new ResetServer(address, executor, log, () -> sitemaps.robots(b.crawlDelaySeconds),
                        () -> pages.page(newsroom.faultArticle("reset")).body(), closing);
                faults = new FaultRoutes(newsroom, baseUrl, pages,
                        new Limits(b.stallSeconds, b.hugeBytes, b.gzipBombBytes), closing);
                faultRoutes(urls, "http://" + hostPart + ":" + reset.port());
                for (String name : List.of("429", "503-burst", "redirect-chain", "wrong-charset")) {
                    articleUrls.put(name, baseUrl + newsroom.faultArticle(name).path);
                }
            }
            faultUrls = Collections.unmodifiableMap(urls);
            faultArticleUrls = Collections.unmodifiableMap(articleUrls);
            server.createContext("/", new SiteHandler(newsroom, log, cache, pages, new IndexTemplate(baseUrl, newsroom),
                    new FeedTemplates(baseUrl, newsroom), new HostileFeeds(baseUrl, newsroom), sitemaps, faults,
                    faultUrls, b.crawlDelaySeconds));
            server.setExecutor(executor);
            server.start();
        } catch (IOException | RuntimeException e) {
            if (reset != null) {
                reset.close();
            }
            server.stop(0);
            executor.shutdownNow();
            throw e;
        }
        resetServer = reset;
        this.pages = pages;
    }

    private void faultRoutes(Map<String, String> urls, String resetBase) {
        urls.put("429", baseUrl + FaultRoutes.TOO_MANY);
        urls.put("503-burst", baseUrl + FaultRoutes.BURST);
        urls.put("stall", baseUrl + FaultRoutes.STALL);
        urls.put("reset", resetBase + "/faults/reset.html");
        urls.put("redirect-loop", baseUrl + FaultRoutes.LOOP_A);
        urls.put("redirect-chain", baseUrl + FaultRoutes.CHAIN + "1");
        urls.put("huge", baseUrl + FaultRoutes.HUGE);
        urls.put("gzip-bomb", baseUrl + FaultRoutes.GZIP_BOMB);
        urls.put("wrong-charset", baseUrl + FaultRoutes.WRONG_CHARSET);
        urls.put("not-html", baseUrl + FaultRoutes.NOT_HTML);
        urls.put("xml-bomb", baseUrl + "/feeds/bomb.rss");
        urls.put("xxe", baseUrl + "/feeds/xxe.rss");
        urls.put("404", baseUrl + FaultRoutes.GONE);
    }

    private static ExecutorService executor(int threads, String host) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "testsite-" + host + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** A builder with the defaults: 127.0.0.1, a free port, 60 articles over 30 days, no crawl delay, no faults. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://HOST:PORT}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Every crawlable article URL (canonical form), newest first; excludes the disallowed page and fault routes. */
    public List<String> articleUrls() {
        return newsroom.articles().stream().map(a -> baseUrl + a.path).toList();
    }

    /** URLs linked from feeds, sitemaps and the page list but disallowed by robots.txt. */
    public List<String> disallowedUrls() {
        return List.of(baseUrl + newsroom.privateArticle().path);
    }

    /** The three section feeds: RSS 2.0, RSS 1.0 (RDF) and Atom. */
    public List<String> feedUrls() {
        return List.of(baseUrl + "/feeds/world.rss", baseUrl + "/feeds/science.rdf", baseUrl + "/feeds/culture.atom");
    }

    /** Fault route name → URL (empty without {@code faults(true)}); see the README for each route. */
    public Map<String, String> faultUrls() {
        return faultUrls;
    }

    /**
     * For the fault routes that end on a good article (429, 503-burst, redirect-chain, wrong-charset):
     * route name → the canonical URL of that article. Not part of {@link #articleUrls()}.
     */
    public Map<String, String> faultArticleUrls() {
        return faultArticleUrls;
    }

    /** A snapshot of the access log, oldest first (bounded: the oldest entries are dropped when it is full). */
    public List<Access> accessLog() {
        return log.snapshot();
    }

    /** Empties the access log. */
    public void clearAccessLog() {
        log.clear();
    }

    /**
     * Renders every article page, and its gzip variant, into the page cache now, so that serving a
     * page later costs no rendering: benchmarks then measure the crawler rather than this site.
     */
    public void prerender() {
        for (Article a : newsroom.articles()) {
            pages.page(a).gzipped();
        }
    }

    /**
     * Rewrites an article's body (an "Update" paragraph first), giving it a new ETag and a later
     * Last-Modified; feeds' and sitemaps' dates follow.
     *
     * @param articleUrl an article URL from {@link #articleUrls()} or {@link #disallowedUrls()} (query and fragment ignored)
     * @throws IllegalArgumentException when the URL is not an article of this site
     */
    public void change(String articleUrl) {
        newsroom.change(pathOf(articleUrl), clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("articleUrl: not an article of " + baseUrl + ": " + articleUrl));
    }

    /**
     * What the site currently serves for an article (also for {@link #faultArticleUrls()}).
     *
     * @throws IllegalArgumentException when the URL is not an article of this site
     */
    public Story story(String articleUrl) {
        Article a = newsroom.byPath(pathOf(articleUrl))
                .orElseThrow(() -> new IllegalArgumentException("articleUrl: not an article of " + baseUrl + ": " + articleUrl));
        Article.Revision revision = a.revision();
        return new Story(baseUrl + a.path, a.section, a.headline, a.author, a.published, revision.modified(),
                revision.paragraphs(), a.charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : a.charset.name());
    }

    private String pathOf(String url) {
        if (url == null || !url.startsWith(baseUrl + "/")) {
            return "";
        }
        String path = URI.create(url).getRawPath();
        return path == null ? "" : path;
    }

    /** Stops serving; ends stalled responses. Idempotent. */
    @Override
    public void close() {
        if (closing.getCount() == 0) {
            return;
        }
        closing.countDown();
        try {
            if (resetServer != null) {
                resetServer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * Starts several sites for benchmarks and serves until killed; see {@link SiteFarm#USAGE}.
     *
     * @param args {@code --hosts N --articles N --port P --crawl-delay S --faults --page-list FILE}
     */
    public static void main(String[] args) {
        int status = SiteFarm.run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Configures a {@link NewsSite}; every setter checks its value when {@link #start()} is called. */
    public static final class Builder {
        private static final String NODELAY = "sun.net.httpserver.nodelay";
        private String host = "127.0.0.1";
        private int port;
        private int articles = 60;
        private int days = 30;
        private int crawlDelaySeconds;
        private boolean faults;
        private Long seed;
        private int threads = 32;
        private int accessLogCapacity = 1_000_000;
        private long stallSeconds = 30;
        private long hugeBytes = 100L * 1024 * 1024;
        private long gzipBombBytes = 1024L * 1024 * 1024;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Bind address (default 127.0.0.1); on Linux every 127.x.y.z address works. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port, 0 (the default) for a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Number of public article pages (default 60, at least 1). */
        public Builder articles(int articles) {
            this.articles = articles;
            return this;
        }

        /** The articles are dated over this many days before the start (default 30). */
        public Builder days(int days) {
            this.days = days;
            return this;
        }

        /** A Crawl-delay line in robots.txt when above 0 (default 0). */
        public Builder crawlDelaySeconds(int seconds) {
            this.crawlDelaySeconds = seconds;
            return this;
        }

        /** Whether to serve the fault routes and {@code /feeds/faults.rss} (default false). */
        public Builder faults(boolean faults) {
            this.faults = faults;
            return this;
        }

        /** Content seed; the default derives from the host, so sites on different hosts differ. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Worker threads (default 32); a stalled response holds one for its duration. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Access log entries kept (default 1,000,000; the oldest are dropped). */
        public Builder accessLogCapacity(int entries) {
            this.accessLogCapacity = entries;
            return this;
        }

        /** How long the {@code stall} route pauses mid-body (default 30 s). */
        public Builder stallSeconds(long seconds) {
            this.stallSeconds = seconds;
            return this;
        }

        /** Body size of the {@code huge} route (default 100 MiB). */
        public Builder hugeBytes(long bytes) {
            this.hugeBytes = bytes;
            return this;
        }

        /** Inflated size of the {@code gzip-bomb} route (default 1 GiB; about 1/1000 of it is sent). */
        public Builder gzipBombBytes(long bytes) {
            this.gzipBombBytes = bytes;
            return this;
        }

        /** The clock for article dates and change times (default the system clock). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Binds and starts serving.
         *
         * @throws IllegalArgumentException naming the setting when one is invalid
         * @throws UncheckedIOException when the address cannot be bound
         */
        public NewsSite start() {
            require(host != null && !host.isBlank(), "host", "must not be blank");
            require(port >= 0 && port <= 65_535, "port", "must be 0..65535, was " + port);
            require(articles >= 1 && articles <= 1_000_000, "articles", "must be 1..1000000, was " + articles);
            require(days >= 1, "days", "must be at least 1, was " + days);
            require(crawlDelaySeconds >= 0, "crawlDelaySeconds", "must not be negative, was " + crawlDelaySeconds);
            require(threads >= 1, "threads", "must be at least 1, was " + threads);
            require(accessLogCapacity >= 1, "accessLogCapacity", "must be at least 1, was " + accessLogCapacity);
            require(stallSeconds >= 0, "stallSeconds", "must not be negative, was " + stallSeconds);
            require(hugeBytes >= 1024, "hugeBytes", "must be at least 1024, was " + hugeBytes);
            require(gzipBombBytes >= 1024 && gzipBombBytes <= 64L * 1024 * 1024 * 1024, "gzipBombBytes",
                    "must be 1024..64 GiB, was " + gzipBombBytes);
            require(clock != null, "clock", "must not be null");
            if (System.getProperty(NODELAY) == null) {
                // Without TCP_NODELAY, HttpServer's separate header and body writes meet the client's
                // delayed ACK: about 40 ms per response. Read once, when HttpServer is first used.
                System.setProperty(NODELAY, "true");
            }
            try {
                return new NewsSite(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }

        private static void require(boolean ok, String property, String message) {
            if (!ok) {
                throw new IllegalArgumentException(property + ": " + message);
            }
        }
    }
}
