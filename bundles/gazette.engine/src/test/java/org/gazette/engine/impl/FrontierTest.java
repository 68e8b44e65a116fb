package org.gazette.engine.impl;

import static org.gazette.engine.impl.TestSupport.await;
import static org.gazette.engine.impl.TestSupport.props;
import static org.gazette.engine.impl.TestSupport.quietLogger;
import static org.gazette.engine.impl.TestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.api.FetchException;
import org.gazette.api.Parser;
import org.gazette.api.Source;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Article;
import org.gazette.api.model.Outcome;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.SourceItem;
import org.gazette.api.runtime.ItemReportDTO;
import org.gazette.api.runtime.RunSummaryDTO;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierTest {
    private static final Pattern CANONICAL = Pattern.compile("rel=canonical href=([^>]+)>");
    @TempDir
    Path data;
    private final MemoryStateStore store = new MemoryStateStore();
    private final List<Engine> engines = new ArrayList<>();

    private Engine engine(FakeFetcher fetcher, TestSupport.Collecting out) {
        Engine e = new Engine(settings(data), store, quietLogger());
        engines.add(e);
        e.addParser(parser(), TestSupport.parserProps());
        if (fetcher != null) {
            e.addFetcher(fetcher, props(StageProperties.FETCHER_SCHEMES, "https", "component.name", "fake.fetch"));
        }
        e.addExporter(out, props("component.name", "test.export"));
        return e;
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Engine e : engines) {
            e.deactivate();
        }
    }

    /** Title from the page; canonical URL from its link element. */
    private static Parser parser() {
        return doc -> {
            String s = new String(doc.content, StandardCharsets.UTF_8);
            Article a = new Article();
            a.title = s.replaceAll("<link[^>]*>", "").replaceAll("</?title>", "");
            a.text = "Body of " + a.title;
            a.kind = PageKind.ARTICLE;
            Matcher m = CANONICAL.matcher(s);
            a.canonicalUrl = m.find() ? m.group(1) : null;
            return a;
        };
    }

    private static SourceItem url(String url) {
        SourceItem item = new SourceItem();
        item.url = url;
        return item;
    }

    private static Source listing(String... urls) {
        return ctx -> {
            for (String u : urls) {
                if (!ctx.emit(url(u))) {
                    return;
                }
            }
        };
    }

    @Test
    void eachUrlIsFetchedOnceWhateverItsSpellingAndTrackingParameters() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/a", "A").page("https://news.example/b", "B");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = engine(fetcher, out);
        e.addSource(listing("https://news.example/a", "HTTPS://News.Example:443/a#comments", "https://news.example/a?utm_source=rss",
                "https://news.example/b"), props(StageProperties.SOURCE_ID, "s"));
        RunSummaryDTO run = e.run("s", 5000);
        assertEquals(2, run.ok, run.toString());
        assertEquals(List.of("A", "B"), out.titles());
        assertEquals(1, fetcher.fetches("https://news.example/a"));
        assertEquals(UrlState.DONE, store.url("https://news.example/a").state);
    }

    @Test
    void aSecondRunFetchesConditionallyAndReprocessesOnlyChangedPages() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/a", "A").page("https://news.example/b", "B");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = engine(fetcher, out);
        e.addSource(listing("https://news.example/a", "https://news.example/b"), props(StageProperties.SOURCE_ID, "s"));
        assertEquals(2, e.run("s", 5000).ok);

        fetcher.page("https://news.example/b", "B, updated");
        RunSummaryDTO second = e.run("s", 5000); // revisitAfter is 0 in the test settings
        assertEquals(1, second.ok, second.toString());
        assertEquals(1, second.skipped, second.toString());
        assertEquals(List.of("A", "B", "B, updated"), out.titles());
        assertTrue(fetcher.seen.stream().filter(s -> s.url().equals("https://news.example/a")).skip(1)
                .allMatch(s -> s.etag() != null), "the second request for A was conditional");
    }

    @Test
    void knownUrlsAreNotFetchedAgainBeforeTheirRevisitTime() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/a", "A");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = new Engine(withRevisit(Duration.ofHours(1)), store, quietLogger());
        engines.add(e);
        e.addParser(parser(), TestSupport.parserProps());
        e.addFetcher(fetcher, props(StageProperties.FETCHER_SCHEMES, "https", "component.name", "fake.fetch"));
        e.addExporter(out, props("component.name", "test.export"));
        e.addSource(listing("https://news.example/a"), props(StageProperties.SOURCE_ID, "s"));
        assertEquals(1, e.run("s", 5000).ok);
        RunSummaryDTO again = e.run("s", 5000);
        assertEquals(0, again.emitted, again.toString());
        assertEquals(1, fetcher.fetches("https://news.example/a"));
        assertEquals(0, e.sources().get(0).lastNewItems);
        assertEquals(1, e.sources().get(0).newItems);
    }

    private EngineSettings withRevisit(Duration revisit) {
        EngineSettings s = settings(data);
        return new EngineSettings(s.workers(), s.pollThreads(), s.queueCapacity(), s.maxQueuedBytes(), s.maxItemBytes(), s.pollTimeout(),
                s.fetchTimeout(), s.stageTimeout(), s.exportTimeout(), s.exportBatchSize(), s.exportLinger(), s.exportRetries(),
                s.stageWait(), s.shutdownTimeout(), s.dataDir(), revisit, s.frontierCapacity(), s.perHostInFlight(), s.scheduling());
    }

    @Test
    void anArticleSeenUnderItsCanonicalUrlIsNotFetchedAgain() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/a?ref=home", "A")
                .canonical("https://news.example/a?ref=home", "https://news.example/a").page("https://news.example/a", "A");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = new Engine(withRevisit(Duration.ofHours(1)), store, quietLogger());
        engines.add(e);
        e.addParser(parser(), TestSupport.parserProps());
        e.addFetcher(fetcher, props(StageProperties.FETCHER_SCHEMES, "https", "component.name", "fake.fetch"));
        e.addExporter(out, props("component.name", "test.export"));
        e.addSource(listing("https://news.example/a?ref=home"), props(StageProperties.SOURCE_ID, "home"));
        e.addSource(listing("https://news.example/a"), props(StageProperties.SOURCE_ID, "feed"));
        assertEquals(1, e.run("home", 5000).ok);
        assertEquals(0, e.run("feed", 5000).emitted);
        assertEquals(0, fetcher.fetches("https://news.example/a"));
        UrlRecord canonical = store.url("https://news.example/a");
        assertEquals(store.url("https://news.example/a?ref=home").articleId, canonical.articleId);
    }

    @Test
    void politenessIsLeftToTheFetcherAndWorkersServeReadyHostsMeanwhile() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(150);
        List<String> urls = new ArrayList<>();
        for (int host = 1; host <= 3; host++) {
            for (int page = 1; page <= 4; page++) {
                String u = "https://h" + host + ".example/" + page;
                fetcher.page(u, "H" + host + "P" + page);
                urls.add(u);
            }
        }
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = engine(fetcher, out);
        e.addSource(listing(urls.toArray(String[]::new)), props(StageProperties.SOURCE_ID, "s"));
        long t0 = System.nanoTime();
        RunSummaryDTO run = e.run("s", 10_000);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(12, run.ok, run.toString());
        assertEquals(List.of(), fetcher.violations);
        assertEquals(List.of(), fetcher.waits, "the frontier sends only URLs of ready hosts");
        // 4 pages a host at 150 ms apart: hosts are served side by side, not one after another (12 x 150 ms)
        assertTrue(millis < 12 * 150, "took " + millis + " ms");
    }

    @Test
    void retryableFailuresAreRetriedAfterTheirDelayAndRefusalsSkipped() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/busy", "Busy").page("https://news.example/private", "P")
                .failing("https://news.example/busy", new FetchException(FetchException.Reason.RETRY_LATER, "HTTP 429", 100, null))
                .failing("https://news.example/private", new FetchException(FetchException.Reason.DISALLOWED, "robots.txt disallows /private"));
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = engine(fetcher, out);
        e.addSource(listing("https://news.example/busy", "https://news.example/private", "https://news.example/missing"),
                props(StageProperties.SOURCE_ID, "s"));
        RunSummaryDTO run = e.run("s", 5000);
        assertEquals(1, run.ok, run.toString());
        assertEquals(1, run.skipped, run.toString());
        assertEquals(1, run.failed, run.toString());
        assertEquals(2, fetcher.fetches("https://news.example/busy"));
        List<FakeFetcher.Seen> busy = fetcher.seen.stream().filter(s -> s.url().endsWith("/busy")).toList();
        assertTrue(busy.get(1).startNanos() - busy.get(0).startNanos() >= 100_000_000L, "retried after the delay");
        assertEquals(UrlState.SKIPPED, store.url("https://news.example/private").state);
        assertEquals("robots.txt disallows /private", store.url("https://news.example/private").reason);
        assertEquals(UrlState.FAILED, store.url("https://news.example/missing").state);
    }

    @Test
    void aPageFetchedBeforeAnyParserIsParsedWhenOneComesWithoutASecondRequest() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/a", "A");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = new Engine(settings(data), store, quietLogger());
        engines.add(e);
        e.addFetcher(fetcher, props(StageProperties.FETCHER_SCHEMES, "https", "component.name", "fake.fetch"));
        e.addExporter(out, props("component.name", "test.export"));
        e.addSource(listing("https://news.example/a"), props(StageProperties.SOURCE_ID, "s"));
        e.run("s", 1); // admitted and fetched; no parser yet: the item waits
        await("the page fetched", Duration.ofSeconds(5), () -> fetcher.fetches("https://news.example/a") == 1);

        e.addParser(parser(), TestSupport.parserProps());

        await("the article exported", Duration.ofSeconds(5), () -> out.got.size() == 1);
        // the record is written when the export returns, just after the exporter saw the article
        await("the record done", Duration.ofSeconds(5), () -> store.url("https://news.example/a").state == UrlState.DONE);
        assertEquals(1, fetcher.fetches("https://news.example/a"), "fetched once");
    }

    @Test
    void aHostNotReadyDoesNotUseUpTheAttempts() throws Exception {
        FetchException notReady = new FetchException(FetchException.Reason.NOT_READY, "politeness delay", 1, null);
        FetchException[] bounces = new FetchException[15]; // more than the engine's attempts at a failing fetch
        java.util.Arrays.fill(bounces, notReady);
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/a", "A").failing("https://news.example/a", bounces);
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = engine(fetcher, out);
        e.addSource(listing("https://news.example/a"), props(StageProperties.SOURCE_ID, "s"));
        RunSummaryDTO run = e.run("s", 10_000);
        assertEquals(1, run.ok, run.toString());
        assertEquals(16, fetcher.fetches("https://news.example/a"));
        await("the record done", Duration.ofSeconds(5), () -> store.url("https://news.example/a").state == UrlState.DONE);
    }

    @Test
    void urlsQueuedAtAStopAreResumedAtTheNextStartAndFetchedOnce() throws Exception {
        FakeFetcher slow = new FakeFetcher(60_000).page("https://news.example/1", "1").page("https://news.example/2", "2")
                .page("https://news.example/3", "3");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine first = engine(slow, out);
        first.addSource(listing("https://news.example/1", "https://news.example/2", "https://news.example/3"), props(StageProperties.SOURCE_ID, "s"));
        first.run("s", 1000); // one fetch, then the host is not ready for a minute
        await("first page", Duration.ofSeconds(5), () -> out.got.size() == 1);
        first.deactivate();
        engines.remove(first);
        assertEquals(2, store.urls(UrlState.QUEUED, 10).size());

        FakeFetcher fast = new FakeFetcher(0).page("https://news.example/1", "1").page("https://news.example/2", "2")
                .page("https://news.example/3", "3");
        engine(fast, out);
        await("resumed pages", Duration.ofSeconds(5), () -> out.got.size() == 3);
        assertEquals(0, fast.fetches("https://news.example/1"));
        assertEquals(1, fast.fetches("https://news.example/2"));
        await("records done", Duration.ofSeconds(5), () -> store.urls(UrlState.QUEUED, 10).isEmpty());
    }

    @Test
    void fetchOnRequestPassesOneUrlThroughEveryStageAndReportsEach() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/a", "A");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = engine(fetcher, out);
        ItemReportDTO report = e.fetch("https://news.example/a#top", 5000);
        assertEquals("https://news.example/a", report.normalisedUrl);
        assertNotNull(report.article);
        assertEquals("A", report.article.title);
        assertEquals(List.of("fetch", "parse", "export"), report.stages.stream().map(r -> r.stage).toList());
        assertTrue(report.stages.stream().allMatch(r -> r.outcome == Outcome.OK), report.stages.toString());
        ItemReportDTO again = e.fetch("https://news.example/a", 5000); // on request: not conditional
        assertEquals(Outcome.OK, again.stages.get(0).outcome);
        ItemReportDTO missing = e.fetch("https://news.example/nope", 5000);
        assertNull(missing.article);
        assertEquals(Outcome.FAILED, missing.stages.get(0).outcome);
    }

    @Test
    void aPollStopsAtItsMaxItems() throws Exception {
        FakeFetcher fetcher = new FakeFetcher(0).page("https://news.example/1", "1").page("https://news.example/2", "2")
                .page("https://news.example/3", "3");
        TestSupport.Collecting out = new TestSupport.Collecting();
        Engine e = new Engine(withRevisit(Duration.ofHours(1)), store, quietLogger());
        engines.add(e);
        e.addParser(parser(), TestSupport.parserProps());
        e.addFetcher(fetcher, props(StageProperties.FETCHER_SCHEMES, "https", "component.name", "fake.fetch"));
        e.addExporter(out, props("component.name", "test.export"));
        Map<String, Object> props = props(StageProperties.SOURCE_ID, "s");
        props.put(StageProperties.SOURCE_MAX_ITEMS, 2);
        e.addSource(listing("https://news.example/1", "https://news.example/2", "https://news.example/3"), props);
        assertEquals(2, e.run("s", 5000).ok);
        assertEquals(1, e.run("s", 5000).ok);
    }
}
