package org.gazette.testsite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Routes every request of the site to its page, feed, sitemap or fault. */
final class SiteHandler implements HttpHandler {

    private final Newsroom newsroom;
    private final AccessLog log;
    private final PageCache cache;
    private final ArticlePages articles;
    private final IndexTemplate indexes;
    private final FeedTemplates feeds;
    private final HostileFeeds hostileFeeds;
    private final Sitemaps sitemaps;
    private final FaultRoutes faults;
    private final Map<String, String> faultUrls;
    private final int crawlDelaySeconds;

    /** @param faults null when the site has no fault routes */
    SiteHandler(Newsroom newsroom, AccessLog log, PageCache cache, ArticlePages articles, IndexTemplate indexes,
            FeedTemplates feeds, HostileFeeds hostileFeeds, Sitemaps sitemaps, FaultRoutes faults,
            Map<String, String> faultUrls, int crawlDelaySeconds) {
        this.newsroom = newsroom;
        this.log = log;
        this.cache = cache;
        this.articles = articles;
        this.indexes = indexes;
        this.feeds = feeds;
        this.hostileFeeds = hostileFeeds;
        this.sitemaps = sitemaps;
        this.faults = faults;
        this.faultUrls = faultUrls;
        this.crawlDelaySeconds = crawlDelaySeconds;
    }

    @Override
    public void handle(HttpExchange exchange) {
        SiteExchange ex = new SiteExchange(exchange, log);
        try {
            if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
                ex.responseHeaders().set("Allow", "GET, HEAD");
                Responder.plain(ex, 405, "Method not allowed", "Only GET and HEAD are supported.");
            } else {
                route(ex);
            }
        } catch (IOException e) {
            // the client went away or timed out: nothing left to answer
        } catch (RuntimeException e) {
            if (!ex.begun()) {
                try {
                    Responder.plain(ex, 500, "Server error", e.toString());
                } catch (IOException ignored) {
                    // the client went away
                }
            }
        } finally {
            ex.close();
        }
    }

    private void route(SiteExchange ex) throws IOException {
        String path = ex.path();
        switch (path) {
            case "/robots.txt" -> send(ex, path, () -> text(sitemaps.robots(crawlDelaySeconds), "text/plain", false));
            case "/" -> send(ex, path, () -> html(indexes.home()));
            case "/sitemap_index.xml" -> send(ex, path, () -> text(sitemaps.index(), "application/xml", true));
            case "/sitemaps/news.xml" -> send(ex, path, () -> text(sitemaps.news(), "application/xml", true));
            case "/sitemaps/archive.xml.gz" -> send(ex, path, () -> Representation.of(
                    Representation.gzip(sitemaps.archive().getBytes(StandardCharsets.UTF_8)), "application/x-gzip",
                    "\"archive-" + newsroom.version() + "\"", newsroom.lastModified(), false));
            case "/feeds/world.rss" -> send(ex, path, () -> text(feeds.worldRss(), "application/rss+xml", true));
            case "/feeds/science.rdf" -> send(ex, path, () -> text(feeds.scienceRdf(), "application/rdf+xml", true));
            case "/feeds/culture.atom" -> send(ex, path, () -> text(feeds.cultureAtom(), "application/atom+xml", true));
            case "/pages.txt" -> send(ex, path, () -> text(sitemaps.pageList(), "text/plain", true));
            case "/world", "/science", "/culture" -> Responder.redirect(ex, 301, path + "/");
            case "/world/", "/science/", "/culture/" ->
                    send(ex, path, () -> html(indexes.section(path.substring(1, path.length() - 1))));
            default -> other(ex, path);
        }
    }

    private void other(SiteExchange ex, String path) throws IOException {
        if (faults != null) {
            switch (path) {
                case "/feeds/faults.rss" -> {
                    send(ex, path, () -> text(hostileFeeds.faults(faultUrls), "application/rss+xml", true));
                    return;
                }
                case "/feeds/bomb.rss" -> {
                    send(ex, path, () -> text(hostileFeeds.bomb(), "application/rss+xml", false));
                    return;
                }
                case "/feeds/xxe.rss" -> {
                    send(ex, path, () -> text(hostileFeeds.xxe(), "application/rss+xml", false));
                    return;
                }
                default -> {
                    if (path.startsWith("/faults/")) {
                        faults.handle(ex);
                        return;
                    }
                }
            }
        }
        Optional<Article> article = path.startsWith("/faults/") ? Optional.empty() : newsroom.byPath(path);
        if (article.isPresent()) {
            Responder.send(ex, articles.page(article.get()));
        } else {
            Responder.plain(ex, 404, "Not found", "There is no page at this address.");
        }
    }

    private void send(SiteExchange ex, String key, java.util.function.Supplier<Representation> render) throws IOException {
        Responder.send(ex, cache.get(key, render));
    }

    private Representation html(String html) {
        return text(html, "text/html", true);
    }

    private Representation text(String text, String mediaType, boolean compressible) {
        Instant lastModified = newsroom.lastModified();
        return Representation.text(text, mediaType, StandardCharsets.UTF_8, lastModified, compressible);
    }
}
