package org.gazette.support.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.gazette.api.FetchException;
import org.gazette.support.source.Downloader.Download;
import org.gazette.support.source.Downloader.Validators;
import org.gazette.testkit.FakeContext;
import org.gazette.testkit.FakeFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {

    private static final String URL = "https://news.example/feed.xml";

    private final Downloader downloader = new Downloader(16, "maxBytes 16B", Duration.ofSeconds(7));

    @Test
    void aFileUrlIsReadDirectlyWithoutValidators(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"), "local bytes");

        Download download = downloader.load(file.toUri(), Validators.NONE, List.of(), "src");

        assertArrayEquals("local bytes".getBytes(UTF_8), download.content());
        assertEquals(file.toUri().toString(), download.finalUrl());
        assertEquals(Validators.NONE, download.validators());
        assertFalse(download.notModified());
    }

    @Test
    void aFileLargerThanTheLimitOrMissingIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "seventeen bytes!!");
        URI missing = dir.resolve("missing.txt").toUri();

        IOException tooBig = assertThrows(IOException.class, () -> downloader.load(big.toUri(), Validators.NONE, List.of(), "src"));
        IOException absent = assertThrows(IOException.class, () -> downloader.load(missing, Validators.NONE, List.of(), "src"));

        assertEquals(big.toUri() + " is 17 bytes, more than maxBytes 16B", tooBig.getMessage());
        assertEquals("cannot read " + missing + ": no such file", absent.getMessage());
    }

    @Test
    void otherUrlsGoThroughTheFetcherConditionallyAndWithTheLimits() throws Exception {
        FakeFetcher fetcher = new FakeFetcher().serve(URL, "<rss/>".getBytes(UTF_8), "\"v1\"");
        fetcher.redirectTo = "https://www.news.example/feed.xml";

        Download first = downloader.load(URI.create(URL), Validators.NONE, fetcher.asService("https"), "src");
        Download second = downloader.load(URI.create(URL), first.validators(), fetcher.asService("https"), "src");

        assertEquals("https://www.news.example/feed.xml", first.finalUrl());
        assertEquals(new Validators("\"v1\"", FakeFetcher.LAST_MODIFIED), first.validators());
        assertTrue(second.notModified());
        assertEquals(0, second.content().length);
        assertNull(fetcher.requests.get(0).etag);
        assertEquals("\"v1\"", fetcher.requests.get(1).etag);
        assertEquals(16, fetcher.requests.get(0).maxBytes);
        assertEquals(7000, fetcher.requests.get(0).timeoutMillis);
        assertEquals("src", fetcher.requests.get(0).sourceId);
        assertEquals(URL, fetcher.requests.get(0).item.url);
    }

    @Test
    void failuresNameTheUrlAndWhatWentWrong() {
        FakeFetcher fetcher = new FakeFetcher().serve(URL, "far more than sixteen bytes".getBytes(UTF_8), null);

        IOException noFetcher = assertThrows(IOException.class,
                () -> downloader.load(URI.create(URL), Validators.NONE, fetcher.asService("http"), "src"));
        IOException tooBig = assertThrows(IOException.class,
                () -> downloader.load(URI.create(URL), Validators.NONE, fetcher.asService("https"), "src"));
        fetcher.failure = new FetchException(FetchException.Reason.RETRY_LATER, "no answer in 7s");
        IOException failed = assertThrows(IOException.class,
                () -> downloader.load(URI.create(URL), Validators.NONE, fetcher.asService("https"), "src"));

        assertTrue(noFetcher.getMessage().startsWith("cannot fetch " + URL + ": no fetcher for 'https' URLs"), noFetcher.getMessage());
        assertEquals(URL + " is 27 bytes, more than maxBytes 16B", tooBig.getMessage());
        assertEquals("cannot fetch " + URL + " (RETRY_LATER): no answer in 7s", failed.getMessage());
    }

    @Test
    void validatorsAreStoredUnderAPrefixAndCleared() {
        FakeContext context = new FakeContext();
        new Validators("\"e\"", "yesterday").save(context.state(), "http.");

        assertEquals(new Validators("\"e\"", "yesterday"), Validators.read(context.state(), "http."));
        Validators.clear(context.state(), "http.");
        assertEquals(Validators.NONE, Validators.read(context.state(), "http."));
        assertTrue(context.values.isEmpty());
    }
}
