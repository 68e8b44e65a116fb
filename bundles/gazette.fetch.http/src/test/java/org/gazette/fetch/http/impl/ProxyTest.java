package org.gazette.fetch.http.impl;

import static org.gazette.fetch.http.impl.TestSupport.config;
import static org.gazette.fetch.http.impl.TestSupport.logger;
import static org.gazette.fetch.http.impl.TestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.gazette.api.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The configured HTTP proxy carries every request, robots.txt included: the page's host
 * ({@code .invalid}, which never resolves) is reachable only through it.
 */
class ProxyTest {

    private PageServer proxy;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        proxy = new PageServer();
        proxy.page("/news/a", 200, "text/html", "<p>through the proxy</p>");
        proxy.robots("User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void stop() throws Exception {
        if (fetcher != null) {
            fetcher.deactivate();
        }
        proxy.close();
    }

    private long asked(String path) {
        return proxy.all().stream().filter(s -> URI.create(s.path()).getPath().equals(path)).count();
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() throws Exception {
        int port = URI.create(proxy.url("/")).getPort();
        fetcher = new HttpFetcher(config("proxyHost", "127.0.0.1", "proxyPort", port), logger());

        Document doc = fetcher.fetch(request("http://news.invalid/news/a", 5000));

        assertEquals(200, doc.status);
        assertTrue(new String(doc.content, StandardCharsets.UTF_8).contains("through the proxy"));
        assertEquals(1, asked("/robots.txt"), "robots.txt asked through the proxy too: " + proxy.all());
        assertEquals(1, asked("/news/a"), proxy.all().toString());
        PageServer.Seen page = proxy.all().stream().filter(s -> URI.create(s.path()).getPath().equals("/news/a")).findFirst().orElseThrow();
        assertEquals("news.invalid", page.headers().get("host"), "the proxy is asked for the page's own host");
    }
}
