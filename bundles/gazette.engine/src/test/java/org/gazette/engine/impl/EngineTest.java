package org.gazette.engine.impl;

import static org.gazette.engine.impl.TestSupport.await;
import static org.gazette.engine.impl.TestSupport.emitting;
import static org.gazette.engine.impl.TestSupport.html;
import static org.gazette.engine.impl.TestSupport.parserProps;
import static org.gazette.engine.impl.TestSupport.props;
import static org.gazette.engine.impl.TestSupport.quietLogger;
import static org.gazette.engine.impl.TestSupport.settings;
import static org.gazette.engine.impl.TestSupport.titleParser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gazette.api.Enricher;
import org.gazette.api.Source;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Article;
import org.gazette.api.model.Enrichment;
import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;
import org.gazette.api.model.Outcome;
import org.gazette.api.runtime.PipelineStatusDTO;
import org.gazette.api.runtime.RunSummaryDTO;
import org.gazette.api.runtime.SourceStatusDTO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    @TempDir
    Path data;
    private final MemoryStateStore store = new MemoryStateStore();
    private Engine engine;

    private Engine engine() {
        engine = new Engine(settings(data), store, quietLogger());
        return engine;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (engine != null) {
            engine.deactivate();
        }
    }

    @Test
    void runMovesEveryItemFromSourceToExporterWithStageResults() throws Exception {
        Engine e = engine();
        TestSupport.Collecting out = new TestSupport.Collecting();
        e.addParser(titleParser(), parserProps());
        e.addExporter(out, props("component.name", "test.export"));
        e.addSource(emitting(html("https://a.example/1", "One"), html("https://a.example/2", "Two")),
                props(StageProperties.SOURCE_ID, "s1", StageProperties.SOURCE_KIND, "test"));

        RunSummaryDTO run = e.run("s1", 5000);

        assertEquals(2, run.emitted);
        assertEquals(2, run.ok, run.toString());
        assertEquals(0, run.pending);
        assertTrue(out.titles().containsAll(List.of("One", "Two")), out.titles().toString());
        Article a = out.got.get(0);
        assertEquals("s1", a.sourceId);
        assertEquals(32, a.id.length());
        assertEquals("parse", a.stages.get(0).stage);
        assertEquals("test.parser", a.stages.get(0).name);
        assertEquals(Outcome.OK, a.stages.get(0).outcome);
        SourceStatusDTO s = e.sources().get(0);
        assertEquals("s1", s.id);
        assertEquals("test", s.kind);
        assertTrue(s.ok >= 2);
    }

    @Test
    void aFailingParseIsRecordedAndTheOtherItemsGoOn() throws Exception {
        Engine e = engine();
        TestSupport.Collecting out = new TestSupport.Collecting();
        e.addParser(titleParser(), parserProps());
        e.addExporter(out, props());
        e.addSource(emitting(html("https://a.example/bad", "BOOM"), html("https://a.example/ok", "Fine"),
                html("https://a.example/index", "INDEX")), props(StageProperties.SOURCE_ID, "s"));

        RunSummaryDTO run = e.run("s", 5000);

        assertEquals(1, run.ok, run.toString());
        assertEquals(1, run.failed);
        assertEquals(1, run.skipped);
        assertEquals("cannot parse BOOM page", run.failures.get(0).reason);
        assertEquals("parse", run.failures.get(0).stage);
        PipelineStatusDTO status = e.status();
        assertEquals("cannot parse BOOM page", status.stages.stream().filter(x -> x.stage.equals("parse")).findFirst().get().lastError);
        assertTrue(Files.list(data.resolve("failed")).findAny().isPresent(), "failure written to disk");
    }

    @Test
    void parseRunsTheChosenParserAloneAndReportsItsFailures() throws Exception {
        Engine e = engine();
        e.addParser(titleParser(), parserProps());
        org.gazette.api.model.Document doc = new org.gazette.api.model.Document();
        doc.url = "file:///tmp/page.html";
        doc.mediaType = "text/html";
        doc.content = "<title>Alone</title>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Article a = e.parse(doc);
        assertEquals("Alone", a.title);
        assertEquals(32, a.id.length());
        assertEquals("test.parser", a.stages.get(0).name);

        doc.content = "BOOM".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Exception failed = assertThrows(Exception.class, () -> e.parse(doc));
        assertEquals("cannot parse BOOM page", failed.getMessage());
        doc.mediaType = "image/png";
        assertEquals("no parser for media type 'image/png'", assertThrows(IllegalArgumentException.class, () -> e.parse(doc)).getMessage());
    }

    @Test
    void itemsWithoutAParserFailWithAClearReason() throws Exception {
        Engine e = engine();
        e.addExporter(new TestSupport.Collecting(), props());
        e.addSource(emitting(html("https://a.example/1", "One")), props(StageProperties.SOURCE_ID, "s"));
        RunSummaryDTO run = e.run("s", 5000);
        assertEquals(1, run.failed);
        assertEquals("no parser for media type 'text/html' (waited 0 s for one)", run.failures.get(0).reason);
    }

    @Test
    void itemsWaitForAParserThatArrivesLate() throws Exception {
        engine = new Engine(settings(data, Duration.ofSeconds(30)), store, quietLogger()); // no expiry while the test looks
        Engine e = engine;
        TestSupport.Collecting out = new TestSupport.Collecting();
        e.addExporter(out, props());
        e.addSource(emitting(html("https://a.example/1", "Late")), props(StageProperties.SOURCE_ID, "s"));
        RunSummaryDTO run = e.run("s", 100);
        assertEquals(1, run.pending);
        assertEquals(1, e.status().waiting);
        e.addParser(titleParser(), parserProps());
        await("parked item parsed once the parser arrived", Duration.ofSeconds(5), () -> out.got.size() == 1);
        assertEquals(0, e.status().waiting);
    }

    @Test
    void aSourceThatThrowsIsCountedAndOthersKeepRunning() throws Exception {
        Engine e = engine();
        TestSupport.Collecting out = new TestSupport.Collecting();
        e.addParser(titleParser(), parserProps());
        e.addExporter(out, props());
        e.addSource(ctx -> {
            throw new java.io.IOException("feed unreachable");
        }, props(StageProperties.SOURCE_ID, "broken", StageProperties.SOURCE_INTERVAL, "50ms"));
        e.addSource(emitting(html("https://a.example/1", "One")), props(StageProperties.SOURCE_ID, "good", StageProperties.SOURCE_INTERVAL, "50ms"));

        await("broken source polled 3 times", Duration.ofSeconds(5), () -> status(e, "broken").pollErrors >= 3);
        await("good source exported", Duration.ofSeconds(5), () -> !out.got.isEmpty());
        assertEquals("feed unreachable", status(e, "broken").lastError);
        assertEquals(0, status(e, "good").pollErrors);
    }

    @Test
    void aBadIntervalMarksTheSourceInvalidAndNamesTheProperty() {
        Engine e = engine();
        e.addSource(emitting(), props(StageProperties.SOURCE_ID, "x", StageProperties.SOURCE_INTERVAL, "often"));
        SourceStatusDTO s = status(e, "x");
        assertEquals("invalid", s.state);
        assertTrue(s.problem.contains("gazette.source.interval"), s.problem);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> e.run("x", 100));
        assertTrue(ex.getMessage().contains("gazette.source.interval"));
    }

    @Test
    void unknownSourceIdIsAClearError() {
        Engine e = engine();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> e.run("nope", 100));
        assertTrue(ex.getMessage().contains("no source with id 'nope'"), ex.getMessage());
    }

    @Test
    void articlesAreHeldWhileNoExporterIsActiveAndReleasedWhenOneArrives() throws Exception {
        Engine e = engine();
        e.addParser(titleParser(), parserProps());
        e.addSource(emitting(html("https://a.example/1", "One")), props(StageProperties.SOURCE_ID, "s"));
        RunSummaryDTO run = e.run("s", 300);
        assertEquals(1, run.pending);
        assertEquals(1, e.status().held);

        TestSupport.Collecting out = new TestSupport.Collecting();
        e.addExporter(out, props());
        await("held article exported", Duration.ofSeconds(5), () -> out.got.size() == 1);
        assertEquals(0, e.status().held);
    }

    @Test
    void anExporterLeavingExportsWhatItWasGivenBeforeItGoes() throws Exception {
        Engine e = engine();
        e.addParser(titleParser(), parserProps());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestSupport.Collecting slow = new TestSupport.Collecting() {
            @Override
            public void export(List<Article> articles) {
                entered.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                super.export(articles);
            }
        };
        e.addExporter(slow, props());
        SourceItemsSource src = new SourceItemsSource(20);
        e.addSource(src, props(StageProperties.SOURCE_ID, "many"));
        Thread runner = new Thread(() -> {
            try {
                e.run("many", 10_000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        });
        runner.start();
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        Thread remover = new Thread(() -> {
            try {
                e.removeExporter(slow);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        });
        remover.start();
        release.countDown();
        remover.join(10_000);
        runner.join(10_000);
        int exported = slow.got.size();
        PipelineStatusDTO st = e.status();
        // every item either reached the exporter before it left or is held for the next one: none lost
        assertEquals(20, exported + st.held, "exported " + exported + ", held " + st.held);
    }

    @Test
    void aHungParserTimesOutAndTheItemFails() throws Exception {
        Engine e = engine();
        e.addExporter(new TestSupport.Collecting(), props());
        e.addParser(doc -> {
            Thread.sleep(60_000);
            return null;
        }, parserProps());
        e.addSource(emitting(html("https://a.example/1", "One")), props(StageProperties.SOURCE_ID, "s"));
        RunSummaryDTO run = e.run("s", 10_000);
        assertEquals(1, run.failed, run.toString());
        assertTrue(run.failures.get(0).reason.contains("did not finish within 2000 ms"), run.failures.get(0).reason);
    }

    @Test
    void enrichersRunInOrderAndHigherConfidenceMentionsWin() throws Exception {
        Engine e = engine();
        TestSupport.Collecting out = new TestSupport.Collecting();
        e.addParser(titleParser(), parserProps());
        e.addExporter(out, props());
        e.addEnricher(mentionOf(0, 4, 0.5, EntityType.ORGANIZATION), props("component.name", "second", StageProperties.ENRICHER_ORDER, "20"));
        e.addEnricher(mentionOf(0, 4, 0.9, EntityType.PERSON), props("component.name", "first", StageProperties.ENRICHER_ORDER, "10"));
        Enricher failing = a -> {
            throw new IllegalStateException("model missing");
        };
        e.addEnricher(failing, props("component.name", "broken", StageProperties.ENRICHER_ORDER, "30"));
        e.addSource(emitting(html("https://a.example/1", "One")), props(StageProperties.SOURCE_ID, "s"));

        RunSummaryDTO run = e.run("s", 5000);

        assertEquals(1, run.ok, run.toString());
        Article a = out.got.get(0);
        assertEquals(1, a.mentions.size());
        assertEquals(EntityType.PERSON, a.mentions.get(0).type);
        assertEquals("first", a.mentions.get(0).tagger);
        assertEquals(List.of("parse", "enrich", "enrich", "enrich"), a.stages.stream().map(r -> r.stage).toList());
        assertEquals(List.of("test.parser", "first", "second", "broken"), a.stages.stream().map(r -> r.name).toList());
        assertEquals(Outcome.FAILED, a.stages.get(3).outcome);
        assertEquals("model missing", a.stages.get(3).reason);
    }

    @Test
    void itemsLeftAtShutdownAreSpilledAndResumedAtTheNextStart() throws Exception {
        Engine first = new Engine(settings(data), store, quietLogger());
        first.addParser(titleParser(), parserProps());
        first.addSource(emitting(html("https://a.example/1", "Kept")), props(StageProperties.SOURCE_ID, "s"));
        first.run("s", 300); // no exporter: the article is held
        first.deactivate();

        Engine e = engine();
        TestSupport.Collecting out = new TestSupport.Collecting();
        e.addParser(titleParser(), parserProps());
        e.addExporter(out, props());
        await("spilled item exported after restart", Duration.ofSeconds(5), () -> out.got.size() == 1);
        assertEquals("Kept", out.got.get(0).title);
    }

    @Test
    void sourceStateIsSavedOnlyWhenThePollSucceeds() throws Exception {
        Engine e = engine();
        e.addExporter(new TestSupport.Collecting(), props());
        boolean[] failNext = {false};
        Source counting = ctx -> {
            String n = ctx.state().get("n");
            ctx.state().put("n", String.valueOf(n == null ? 1 : Integer.parseInt(n) + 1));
            if (failNext[0]) {
                throw new IllegalStateException("fail after changing state");
            }
        };
        e.addSource(counting, props(StageProperties.SOURCE_ID, "c"));
        e.run("c", 2000);
        e.run("c", 2000);
        failNext[0] = true;
        RunSummaryDTO failed = e.run("c", 2000);
        assertEquals("fail after changing state", failed.pollError);
        assertTrue(store.namespace(CursorStore.NAMESPACE).get("c").contains("\"n\":\"2\""));
    }

    private static Enricher mentionOf(int start, int end, double confidence, EntityType type) {
        return a -> {
            Mention m = new Mention();
            m.start = start;
            m.end = end;
            m.text = a.text.substring(start, end);
            m.confidence = confidence;
            m.type = type;
            Enrichment en = new Enrichment();
            en.mentions = List.of(m);
            return en;
        };
    }

    private static SourceStatusDTO status(Engine e, String id) {
        SourceStatusDTO s = e.sources().stream().filter(x -> x.id.equals(id)).findFirst().orElse(null);
        assertNotNull(s, "source " + id);
        return s;
    }

    /** Emits {@code n} distinct items. */
    static final class SourceItemsSource implements Source {
        private final int n;

        SourceItemsSource(int n) {
            this.n = n;
        }

        @Override
        public void poll(org.gazette.api.SourceContext ctx) throws Exception {
            for (int i = 0; i < n; i++) {
                ctx.emit(html("https://many.example/" + i, "Item " + i));
            }
        }
    }
}
