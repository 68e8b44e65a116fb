package org.gazette.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gazette.api.FetchException;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;
import org.gazette.api.model.SourceItem;
import org.junit.jupiter.api.Test;

class TestkitTest {

    @Test
    void theContextRecordsKeepsStateAndCancelsOnRequest() throws Exception {
        FakeContext context = new FakeContext();
        context.acceptBeforeCancel = 1;
        context.state().put("k", "v");

        assertTrue(context.emit(item("https://a.example/1", Map.of("file.path", "a.html"))));
        assertFalse(context.emit(item("https://a.example/2", Map.of())));
        context.reject("https://a.example/3", "broken");

        assertTrue(context.isCancelled());
        assertEquals(List.of("https://a.example/1"), context.emittedUrls());
        assertEquals(List.of("a.html"), context.emittedProperty("file.path"));
        assertEquals(List.of("https://a.example/3"), context.rejectedUrls());
        assertEquals("v", context.nextPoll().state().get("k"));
        assertTrue(context.emitted.isEmpty() && context.rejected.isEmpty());
        context.state().put("k", null);
        assertTrue(context.state().keys().isEmpty());
    }

    @Test
    void theFetcherAnswersConditionallyAndFailsOnUnknownUrls() throws Exception {
        FakeFetcher fetcher = new FakeFetcher().serve("https://a.example/sitemap.xml.gz", "x".getBytes(UTF_8), "\"1\"");

        Document first = fetcher.fetch(request("https://a.example/sitemap.xml.gz", null));
        Document second = fetcher.fetch(request("https://a.example/sitemap.xml.gz", "\"1\""));

        assertEquals(200, first.status);
        assertEquals("application/gzip", first.mediaType);
        assertTrue(second.notModified);
        assertThrows(FetchException.class, () -> fetcher.fetch(request("https://a.example/other", null)));
        assertEquals(3, fetcher.requests.size());
        assertEquals("text/plain", FakeFetcher.guessMediaType("https://a.example/list.txt?x=1"));
    }

    private static SourceItem item(String url, Map<String, String> properties) {
        SourceItem item = new SourceItem();
        item.url = url;
        item.properties = properties;
        return item;
    }

    private static FetchRequest request(String url, String etag) {
        FetchRequest request = new FetchRequest();
        request.url = url;
        request.etag = etag;
        return request;
    }
}
