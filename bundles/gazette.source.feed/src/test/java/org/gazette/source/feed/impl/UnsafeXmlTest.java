package org.gazette.source.feed.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * External DTDs and parameter entities pointing at a local server: the parser must never ask for
 * them. The server counts requests; none may arrive.
 */
class UnsafeXmlTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final FeedParser parser = new FeedParser(new XmlLimits(64, 100_000));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY injected 'pwned'>".getBytes(UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String local(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + local("/rss.dtd") + "\">"
                + "<rss><channel><item><title>&injected;</title><link>https://a.example/1</link></item></channel></rss>";
        Feed feed = parser.parse(xml.getBytes(UTF_8), URI.create("https://a.example/feed"));
        assertEquals(null, feed.entries().get(0).title(), "the undeclared entity is dropped");
        assertEquals(0, requests.get());
    }

    @Test
    void anExternalParameterEntityIsRefusedAndNeverFetched() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + local("/p.dtd") + "\"> %remote;]>"
                + "<rss><channel><item><title>&injected;</title></item></channel></rss>";
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parser.parse(xml.getBytes(UTF_8), URI.create("https://a.example/feed")));
        assertTrue(e.getMessage().contains("declares entities"), e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void anExternalGeneralEntityToTheServerIsRefusedAndNeverFetched() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + local("/x") + "\">]>"
                + "<rss><channel><item><title>&x;</title></item></channel></rss>";
        assertThrows(FeedFormatException.class, () -> parser.parse(xml.getBytes(UTF_8), URI.create("https://a.example/feed")));
        assertEquals(0, requests.get());
    }
}
