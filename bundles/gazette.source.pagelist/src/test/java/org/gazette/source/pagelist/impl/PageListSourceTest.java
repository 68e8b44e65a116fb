package org.gazette.source.pagelist.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gazette.testkit.FakeContext;
import org.gazette.testkit.FakeFetcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageListSourceTest {

    private static final String ROAD = "https://www.valleypost.example/news/2024/05/14/road-closures";
    private static final String MARKET = "https://www.valleypost.example/news/2024/05/14/market-day";
    private static final String FLOOD = "http://archive.valleypost.example/1998/flood-special.html";
    private static final String CUP = "https://www.valleypost.example/sport/cup-final#live";

    @TempDir
    Path dir;
    private Path list;
    private final FakeContext context = new FakeContext();

    @BeforeEach
    void writeList() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/lists/morning-desk.txt")) {
            list = Files.write(dir.resolve("morning-desk.txt"), in.readAllBytes());
        }
    }

    private void append(String line) throws IOException {
        Files.writeString(list, Files.readString(list) + line + "\n");
    }

    @Test
    void emitsEachValidUrlOnceAndRejectsInvalidLinesWithTheirNumber() throws Exception {
        new PageListSource(TestConfig.file(list.toString())).poll(context);

        assertEquals(List.of(ROAD, MARKET, FLOOD, CUP), context.emittedUrls(), "the normalised duplicate of line 4 is skipped");
        assertEquals(Map.of("pagelist.source", list.toString(), "pagelist.line", "5"), context.emitted.get(1).properties);
        assertEquals(List.of(
                "line 9 of " + list + ": '/news/2024/05/13/weather' is not an absolute http or https URL",
                "line 11 of " + list + ": 'ftp://files.valleypost.example/photos.zip' is not an absolute http or https URL",
                "line 12 of " + list + ": 'https://www.valleypost.example/search?q=election results' contains white space; write one URL per line"),
                context.rejected.stream().map(FakeContext.Rejected::reason).toList());
        assertEquals(list + "#line-9", context.rejected.get(0).url());
    }

    @Test
    void anUnchangedListEmitsAndRejectsNothing() throws Exception {
        PageListSource source = new PageListSource(TestConfig.file(list.toString()));
        source.poll(context);

        source.poll(context.nextPoll());

        assertEquals(List.of(), context.emitted);
        assertEquals(List.of(), context.rejected);
    }

    @Test
    void aChangedListEmitsOnlyItsNewUrls() throws Exception {
        PageListSource source = new PageListSource(TestConfig.file(list.toString()));
        source.poll(context);
        append("https://www.valleypost.example/news/2024/05/15/new-bridge");

        source.poll(context.nextPoll());

        assertEquals(List.of("https://www.valleypost.example/news/2024/05/15/new-bridge"), context.emittedUrls());
        assertEquals(3, context.rejected.size(), "the invalid lines of a changed list are reported again");
    }

    @Test
    void aUrlRemovedAndAddedAgainIsEmittedAgain() throws Exception {
        PageListSource source = new PageListSource(TestConfig.file(list.toString()));
        source.poll(context);
        String original = Files.readString(list);
        Files.writeString(list, original.replace(FLOOD + "\n", ""));
        source.poll(context.nextPoll());
        assertEquals(List.of(), context.emitted);

        Files.writeString(list, original);
        source.poll(context.nextPoll());

        assertEquals(List.of(FLOOD), context.emittedUrls());
    }

    @Test
    void aPollCutShortContinuesWhereItStopped() throws Exception {
        PageListSource source = new PageListSource(TestConfig.file(list.toString(), "gazette.source.maxItems", 2));
        context.acceptBeforeCancel = 2;
        source.poll(context);
        assertEquals(List.of(ROAD, MARKET), context.emittedUrls());

        context.acceptBeforeCancel = Integer.MAX_VALUE;
        context.cancelled = false;
        source.poll(context.nextPoll());

        assertEquals(List.of(FLOOD, CUP), context.emittedUrls());
    }

    @Test
    void aListFetchedThroughTheFetcherIsRequestedConditionally() throws Exception {
        FakeFetcher fetcher = new FakeFetcher().serve("https://desk.example/lists/today.txt", Files.readAllBytes(list), "\"l1\"");
        PageListSource source = new PageListSource(TestConfig.url("https://desk.example/lists/today.txt"));
        source.fetchers = fetcher.asService("https");
        source.poll(context);
        assertEquals(4, context.emitted.size());
        assertEquals("https://desk.example/lists/today.txt", context.emitted.get(0).properties.get("pagelist.source"));

        source.poll(context.nextPoll());

        assertEquals("\"l1\"", fetcher.requests.get(1).etag);
        assertNull(fetcher.requests.get(0).etag);
        assertEquals(List.of(), context.emitted);
    }

    @Test
    void withoutAFetcherAWebListFailsThePollClearly() {
        PageListSource source = new PageListSource(TestConfig.url("https://desk.example/lists/today.txt"));

        IOException e = assertThrows(IOException.class, () -> source.poll(context));

        assertEquals("cannot fetch https://desk.example/lists/today.txt: no fetcher for 'https' URLs is available"
                + " (install a fetcher bundle such as gazette.fetch.http)", e.getMessage());
    }

    @Test
    void aListThatVanishedOrGrewTooLargeFailsThePoll() throws Exception {
        PageListSource source = new PageListSource(TestConfig.file(list.toString(), "maxBytes", "200"));
        IOException tooLarge = assertThrows(IOException.class, () -> source.poll(context));
        assertEquals(list.toUri() + " is " + Files.size(list) + " bytes, more than maxBytes 200 (200 bytes)", tooLarge.getMessage());

        PageListSource other = new PageListSource(TestConfig.file(list.toString()));
        Files.delete(list);
        IOException gone = assertThrows(IOException.class, () -> other.poll(context));
        assertEquals("cannot read " + list.toUri() + ": no such file", gone.getMessage());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws Exception {
        Files.write(list, ("\uFEFF" + ROAD + "\r\n# note\r\n" + MARKET + "\r\n").getBytes(UTF_8));

        new PageListSource(TestConfig.file(list.toString())).poll(context);

        assertEquals(List.of(ROAD, MARKET), context.emittedUrls());
    }

    @Test
    void anItemTheEngineRefusesIsRejectedAndThePollGoesOn() throws Exception {
        context.refuse = item -> item.url.equals(MARKET);

        new PageListSource(TestConfig.file(list.toString())).poll(context);

        assertEquals(List.of(ROAD, FLOOD, CUP), context.emittedUrls());
        assertEquals("not accepted by the engine: item too large", context.rejected.get(0).reason());
    }
}
