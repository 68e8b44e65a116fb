package org.gazette.fetch.http.impl;

import static org.gazette.fetch.http.impl.TestSupport.config;
import static org.gazette.fetch.http.impl.TestSupport.logger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gazette:robots command. */
class RobotsCommandTest {

    private PageServer server;
    private HttpFetcher fetcher;
    private RobotsCommand command;

    @BeforeEach
    void start() throws Exception {
        server = new PageServer();
        fetcher = new HttpFetcher(config("maxCrawlDelay", "5s"), logger());
        command = new RobotsCommand(fetcher);
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.deactivate();
        server.close();
    }

    @Test
    void showsRulesCrawlDelaySitemapsAndWhetherAPathIsAllowed() throws Exception {
        server.robots("User-agent: GazetteBot\nCrawl-delay: 10\nDisallow: /search\nAllow: /search/about\n\n"
                + "Sitemap: " + server.url("/sitemap-news.xml") + "\n");

        String root = command.robots(server.origin());
        String search = command.robots(server.origin(), "/search?q=budget");

        assertTrue(root.contains("HTTP 200, parsed"), root);
        assertTrue(root.contains("10000 ms (capped to 5000 ms by maxCrawlDelay)"), root);
        assertTrue(root.contains(server.url("/sitemap-news.xml")), root);
        assertTrue(root.contains("Disallow: /search"), root);
        assertTrue(root.lines().anyMatch(l -> l.startsWith("/ ") && l.endsWith("allowed") && !l.contains("disallowed")), root);
        assertTrue(search.lines().anyMatch(l -> l.startsWith("/search?q=budget") && l.contains("disallowed (Disallow: /search)")), search);
        assertEquals(1, server.seen("/robots.txt").size(), "read once, then cached");
    }

    @Test
    void showsAHostWithoutRobotsTxt() throws Exception {
        String out = command.robots(server.origin().replace("http://", "http://") + "/any/page");

        assertTrue(out.contains("HTTP 404, no robots.txt: everything allowed"), out);
        assertTrue(out.contains("crawl-delay  none"), out);
    }

    @Test
    void rejectsWhatIsNotAHost() {
        assertThrows(IllegalArgumentException.class, () -> command.robots(" "));
        assertThrows(IllegalArgumentException.class, () -> command.robots("ftp://example.com"));
    }
}
