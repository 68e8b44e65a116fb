package org.gazette.console.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gazette.api.runtime.ItemFailureDTO;
import org.gazette.api.runtime.Pipeline;
import org.gazette.api.runtime.PipelineStatusDTO;
import org.gazette.api.runtime.RunSummaryDTO;
import org.gazette.api.runtime.SourceStatusDTO;
import org.gazette.api.runtime.StageStatusDTO;
import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class PipelineCommandsTest {

    /** A pipeline with two sources, one of them invalid, that records which sources were run. */
    static final class FakePipeline implements Pipeline {
        @Override
        public java.util.List<org.gazette.api.runtime.HostStatusDTO> frontier() {
            return java.util.List.of();
        }

        @Override
        public org.gazette.api.runtime.ItemReportDTO fetch(String url, long timeoutMillis) {
            throw new UnsupportedOperationException();
        }

        final List<String> ran = new ArrayList<>();

        @Override
        public List<SourceStatusDTO> sources() {
            SourceStatusDTO ok = new SourceStatusDTO();
            ok.id = "news";
            ok.kind = "folder";
            ok.state = "idle";
            ok.intervalSeconds = 300;
            ok.ok = 7;
            SourceStatusDTO bad = new SourceStatusDTO();
            bad.id = "broken";
            bad.kind = "folder";
            bad.state = "invalid";
            bad.problem = "invalid configuration property 'gazette.source.interval': 'soon' is not a duration";
            return List.of(bad, ok);
        }

        @Override
        public RunSummaryDTO run(String sourceId, long timeoutMillis) {
            ran.add(sourceId);
            RunSummaryDTO r = new RunSummaryDTO();
            r.sourceId = sourceId;
            r.emitted = 3;
            r.ok = 2;
            r.failed = 1;
            r.millis = 12;
            ItemFailureDTO f = new ItemFailureDTO();
            f.at = "2026-11-23T08:00:00Z";
            f.stage = "parse";
            f.url = "file:///x/bad.html";
            f.name = "org.gazette.parse.html";
            f.reason = "binary content (NUL bytes), not text/html";
            r.failures = List.of(f);
            return r;
        }

        @Override
        public void pause(String sourceId) {
            throw new IllegalArgumentException("no source with id '" + sourceId + "'");
        }

        @Override
        public void resume(String sourceId) {
        }

        @Override
        public org.gazette.api.model.Article parse(org.gazette.api.model.Document document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PipelineStatusDTO status() {
            PipelineStatusDTO p = new PipelineStatusDTO();
            StageStatusDTO s = new StageStatusDTO();
            s.stage = "parse";
            s.name = "org.gazette.parse.html";
            s.active = true;
            s.ok = 2;
            s.failed = 1;
            s.meanMicros = 2500;
            s.lastError = "binary content";
            p.stages = List.of(s);
            p.recentFailures = List.of();
            p.emitted = 3;
            return p;
        }
    }

    private final FakePipeline pipeline = new FakePipeline();
    private final PipelineCommands commands = new PipelineCommands(pipeline);

    @Test
    void sourcesShowsEachSourceAndTheProblemOfAnInvalidOne() {
        List<String> lines = commands.sources().lines().toList();
        assertTrue(lines.get(0).startsWith("ID "), lines.get(0));
        assertTrue(lines.get(1).startsWith("broken") && lines.get(1).contains("invalid") && lines.get(1).contains("gazette.source.interval"), lines.get(1));
        assertTrue(lines.get(2).startsWith("news") && lines.get(2).contains("300s"), lines.get(2));
    }

    @Test
    void runWithoutIdsRunsEveryValidSourceAndListsFailures() throws Exception {
        String out = commands.run("30s");
        assertEquals(List.of("news"), pipeline.ran);
        assertTrue(out.startsWith("news: 3 emitted, 2 ok, 0 skipped, 1 failed, 0 rejected, 0 pending in 12 ms"), out);
        assertTrue(out.contains("PARSE file:///x/bad.html [org.gazette.parse.html]: binary content (NUL bytes), not text/html"), out);
    }

    @Test
    void aBadTimeoutAndAnUnknownSourceAreClearErrors() {
        assertThrows(InvalidPropertyException.class, () -> commands.run("soon", "news"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.pause("nope"));
        assertEquals("no source with id 'nope'", e.getMessage());
    }

    @Test
    void statusShowsCountersStagesAndThatThereAreNoProblems() {
        String out = commands.status();
        assertTrue(out.startsWith("Pipeline: 0 queued, 0 in flight, 0 held (no exporter), 0 waiting for a stage; since start: 3 emitted"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("parse") && l.contains("org.gazette.parse.html") && l.contains("2.5 ms")), out);
        assertTrue(out.contains("No configuration problems."), out);
    }
}
