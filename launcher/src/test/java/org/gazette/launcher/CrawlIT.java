package org.gazette.launcher;

import static org.gazette.launcher.Runtimes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gazette.testsite.NewsSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Crawls the fixture news site (gazette.testsite, on 127.0.0.1 with a free port) with the real
 * distribution: feeds, a sitemap index and a page list configured by files in deploy/, the HTTP
 * fetcher, the frontier and the embedded state store. What the site's own access log saw is the
 * evidence for robots.txt and politeness.
 */
class CrawlIT {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final long MIN_DELAY_MILLIS = 150;
    @TempDir
    Path home;

    private void configure(NewsSite site, String... extraFetchLines) throws Exception {
        java.nio.file.Files.createDirectories(home.resolve("deploy"));
        List<String> fetch = new ArrayList<>(List.of("minDelay = " + MIN_DELAY_MILLIS + "ms", "timeout = 3s", "maxRetries = 2",
                "backoffBase = 200ms", "backoffMax = 1s"));
        fetch.addAll(List.of(extraFetchLines));
        Runtimes.writeCfg(home.resolve("deploy/org.gazette.fetch.http.cfg"), fetch.toArray(String[]::new));
        Runtimes.writeCfg(home.resolve("deploy/org.gazette.engine.cfg"), "revisitAfter = 0s", "workers = 4", "fetchTimeout = 5s");
        for (String feed : site.feedUrls()) {
            String name = feed.substring(feed.lastIndexOf('/') + 1).replace('.', '-');
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.feed-" + name + ".cfg"), "url = " + feed, "gazette.source.interval = 1h");
        }
        Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.sitemap-news.cfg"), "url = " + site.baseUrl() + "/sitemap_index.xml",
                "maxAge = 0", "gazette.source.interval = 1h");
    }

    private static Set<String> articlePaths(NewsSite site) {
        return site.articleUrls().stream().map(u -> u.substring(u.indexOf('/', 8))).collect(Collectors.toSet());
    }

    /** Requests for article pages per path, from the site's own log. */
    private static Map<String, List<NewsSite.Access>> articleRequests(NewsSite site) {
        Set<String> paths = articlePaths(site);
        Map<String, List<NewsSite.Access>> out = new TreeMap<>();
        for (NewsSite.Access a : site.accessLog()) {
            String path = a.path().replaceAll("[?#].*", "");
            if (paths.contains(path)) {
                out.computeIfAbsent(path, p -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }

    /** Waits for n exported articles; on a timeout says what the runtime was doing (not the articles themselves). */
    private List<JsonObject> awaitArticles(Gazette g, int n) throws Exception {
        try {
            return await(n + " articles", DEADLINE, () -> Runtimes.exported(home), l -> l.size() >= n);
        } catch (AssertionError e) {
            throw new AssertionError("only " + Runtimes.exported(home).size() + " of " + n + " articles exported\n"
                    + g.execute("gazette:sources") + g.execute("gazette:frontier") + g.execute("gazette:status") + g.execute("gazette:state"));
        }
    }

    @Test
    void aCrawlYieldsEveryArticleOnceObeysRobotsAndDelaysThenRevisitsConditionally() throws Exception {
        try (NewsSite site = NewsSite.builder().host("127.0.0.1").port(0).articles(24).start()) {
            configure(site);
            try (Gazette g = Runtimes.start(home, "core, web, export-json")) {
                assertTrue(g.awaitReady(DEADLINE).ready());
                int n = site.articleUrls().size();
                List<JsonObject> exported = awaitArticles(g, n);
                await("frontier drained", DEADLINE, () -> g.execute("gazette:frontier"), s -> s.contains("0 URLs queued, 0 in flight") || s.contains("empty"));

                Set<String> ids = exported.stream().map(a -> a.get("id").getAsString()).collect(Collectors.toSet());
                assertEquals(n, exported.size(), "each article exported once");
                assertEquals(n, ids.size());
                Set<String> urls = exported.stream().map(a -> a.get("url").getAsString()).collect(Collectors.toSet());
                assertEquals(new HashSet<>(site.articleUrls()), urls, "every article, under its normalised URL");

                List<NewsSite.Access> log = site.accessLog();
                assertTrue(log.stream().noneMatch(a -> a.path().startsWith("/private/")), "robots.txt disallows /private/");
                String state = g.execute("gazette:state");
                assertTrue(state.matches("(?s).*SKIPPED\\s+1\\s.*"), "the disallowed page is recorded as skipped: " + state);
                // revisitAfter is 0 here (for the second crawl below): a URL that a second source emits after it was
                // done is asked again, conditionally, and answered 304; what must not happen is a second download
                articleRequests(site).forEach((path, requests) -> assertEquals(1, requests.stream().filter(a -> a.status() == 200).count(),
                        path + " downloaded once: " + requests));
                List<Long> starts = log.stream().filter(a -> !a.path().equals("/robots.txt")).map(NewsSite.Access::nanos).sorted().toList();
                long minGap = Long.MAX_VALUE;
                for (int i = 1; i < starts.size(); i++) {
                    minGap = Math.min(minGap, starts.get(i) - starts.get(i - 1));
                }
                System.out.println("crawl: " + starts.size() + " requests, smallest gap between two " + minGap / 1_000_000 + " ms");
                // measured at the server: a request may spend up to 50 ms more in transit than the one before it
                assertTrue(minGap >= (MIN_DELAY_MILLIS - 50) * 1_000_000L, "per-host delay obeyed, smallest gap " + minGap / 1_000_000 + " ms");

                // a second crawl of the same pages, one of them changed: conditional GETs, only the changed one re-processed
                String changed = site.articleUrls().get(3);
                site.change(changed);
                site.clearAccessLog();
                Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.pagelist-again.cfg"), "url = " + site.baseUrl() + "/pages.txt",
                        "gazette.source.interval = 0");
                await("page list source", DEADLINE, () -> g.execute("gazette:sources"), s -> s.contains("again"));
                String run = g.execute("gazette:run --timeout 60s again");
                assertTrue(run.contains("1 ok"), run);
                Map<String, List<NewsSite.Access>> second = articleRequests(site);
                assertEquals(n, second.size(), "every article asked for again");
                String changedPath = changed.substring(changed.indexOf('/', 8));
                second.forEach((path, requests) -> {
                    assertEquals(1, requests.size(), path);
                    NewsSite.Access a = requests.get(0);
                    assertTrue(a.ifNoneMatch() != null || a.ifModifiedSince() != null, path + " asked conditionally");
                    assertEquals(path.equals(changedPath) ? 200 : 304, a.status(), path);
                });
                List<JsonObject> after = await((n + 1) + " exported lines", DEADLINE, () -> Runtimes.exported(home), l -> l.size() >= n + 1);
                assertEquals(n + 1, after.size(), "only the changed article exported again");
                assertEquals(changed, after.get(n).get("url").getAsString());
                assertFalse(Runtimes.log(home).contains("Exception"), Runtimes.log(home));
            }
        }
    }

    @Test
    void faultsEndInAClearStatusWithinTheirTimeoutsWhileTheCrawlCompletes() throws Exception {
        try (NewsSite site = NewsSite.builder().host("127.0.0.1").port(0).articles(6).faults(true).stallSeconds(30).start()) {
            configure(site);
            Map<String, String> faults = site.faultUrls();
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.feed-faults.cfg"), "url = " + site.baseUrl() + "/feeds/faults.rss",
                    "gazette.source.interval = 1h");
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.feed-bomb.cfg"), "url = " + site.baseUrl() + "/feeds/bomb.rss",
                    "gazette.source.interval = 1h");
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.feed-xxe.cfg"), "url = " + site.baseUrl() + "/feeds/xxe.rss",
                    "gazette.source.interval = 1h");
            try (Gazette g = Runtimes.start(home, "core, web, export-json")) {
                assertTrue(g.awaitReady(DEADLINE).ready());
                int n = site.articleUrls().size();
                try {
                    await("the regular articles", DEADLINE, () -> Runtimes.exported(home).stream().map(a -> a.get("url").getAsString())
                            .collect(Collectors.toSet()), s -> s.containsAll(site.articleUrls()));
                } catch (AssertionError e) {
                    throw new AssertionError("not every article exported\n" + g.execute("gazette:sources") + g.execute("gazette:frontier")
                            + g.execute("gazette:status") + g.execute("gazette:state"));
                }
                String sources = await("feed bombs refused", DEADLINE, () -> g.execute("gazette:sources"),
                        s -> s.contains("bomb-") || s.contains("bomb"));
                System.out.println(sources);

                Map<String, String> expected = new TreeMap<>(Map.of(
                        "stall", "FAILED|SKIPPED", "reset", "FAILED|SKIPPED", "redirect-loop", "FAILED", "huge", "FAILED",
                        "gzip-bomb", "FAILED", "not-html", "SKIPPED", "404", "FAILED"));
                for (Map.Entry<String, String> e : expected.entrySet()) {
                    String url = faults.get(e.getKey());
                    long t0 = System.nanoTime();
                    String out = g.execute("gazette:fetch --timeout 60s " + url);
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    System.out.println(e.getKey() + " (" + millis + " ms):\n" + out);
                    assertTrue(out.contains("No article"), e.getKey() + ": " + out);
                    assertTrue(out.matches("(?s).*fetch\\s+\\S+\\s+(" + e.getValue() + ").*"), e.getKey() + ": " + out);
                    assertTrue(millis < 30_000, e.getKey() + " took " + millis + " ms");
                }
                for (String name : List.of("429", "503-burst", "redirect-chain", "wrong-charset")) {
                    String out = g.execute("gazette:fetch --timeout 60s " + faults.get(name));
                    assertTrue(out.contains("Title:"), name + ": " + out);
                }
                assertTrue(Runtimes.exported(home).size() >= n);
            }
        }
    }

    @Test
    void aRestartInTheMiddleOfACrawlResumesWithoutFetchingAgainWhatWasDone() throws Exception {
        try (NewsSite site = NewsSite.builder().host("127.0.0.1").port(0).articles(30).start()) {
            configure(site, "minDelay = 300ms");
            int n = site.articleUrls().size();
            try (Gazette g = Runtimes.start(home, "core, web, export-json")) {
                assertTrue(g.awaitReady(DEADLINE).ready());
                await("a few articles", DEADLINE, () -> Runtimes.exported(home), l -> l.size() >= 5);
            }
            int before = Runtimes.exported(home).size();
            assertTrue(before < n, "stopped in the middle: " + before + " of " + n);
            try (Gazette g = Runtimes.start(home, "core, web, export-json")) {
                assertTrue(g.awaitReady(DEADLINE).ready());
                List<JsonObject> all = awaitArticles(g, n);
                assertEquals(n, all.stream().map(a -> a.get("id").getAsString()).distinct().count());
            }
            Map<String, List<NewsSite.Access>> requests = articleRequests(site);
            System.out.println(Runtimes.log(home).lines().filter(l -> l.contains("stopping") || l.contains("spill") || l.contains("resumed")
                    || l.contains("left")).collect(Collectors.joining("\n")));
            assertEquals(n, requests.size());
            requests.forEach((path, list) -> assertEquals(1, list.stream().filter(a -> a.status() == 200).count(), path + " fetched once"));
        }
    }
}
