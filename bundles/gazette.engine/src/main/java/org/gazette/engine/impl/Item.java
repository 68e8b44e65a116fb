package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Outcome;
import org.gazette.api.model.SourceItem;
import org.gazette.api.model.StageResult;

/** One item on its way through the pipeline, with what each stage did to it. */
final class Item {
    final String sourceId;
    final SourceItem source;
    final PollTicket ticket;
    final long bytes;
    private final List<StageResult> stages = new ArrayList<>();
    private int requeues;
    private long waitingSince;
    private int pendingExports;
    private boolean exportFailed;
    private Article article;

    Item(String sourceId, SourceItem source, PollTicket ticket) {
        this.sourceId = sourceId;
        this.source = source;
        this.ticket = ticket;
        this.bytes = source.content == null ? 0 : source.content.length;
    }

    synchronized StageResult record(String stage, String name, Outcome outcome, String reason, long micros) {
        StageResult r = new StageResult();
        r.stage = stage;
        r.name = name;
        r.outcome = outcome;
        r.reason = reason;
        r.micros = micros;
        stages.add(r);
        return r;
    }

    synchronized List<StageResult> stages() {
        return new ArrayList<>(stages);
    }

    /** Forgets the results from {@code fromIndex} on, before the item is processed again. */
    synchronized int requeue(int fromIndex) {
        while (stages.size() > fromIndex) {
            stages.remove(stages.size() - 1);
        }
        article = null;
        return ++requeues;
    }

    /** Starts the wait for a missing stage, once; returns how long the item has waited, in nanoseconds. */
    synchronized long waitForStage() {
        long now = System.nanoTime();
        if (waitingSince == 0) {
            waitingSince = now;
        }
        return now - waitingSince;
    }

    synchronized long waitingSince() {
        return waitingSince;
    }

    synchronized int stageCount() {
        return stages.size();
    }

    synchronized void article(Article a) {
        article = a;
    }

    synchronized Article article() {
        return article;
    }

    synchronized void awaitExports(int n) {
        pendingExports = n;
    }

    /** Counts one exporter's answer; true when it was the last one. */
    synchronized boolean exportDone(boolean ok) {
        exportFailed |= !ok;
        return --pendingExports == 0;
    }

    synchronized Outcome exportOutcome() {
        return exportFailed ? Outcome.FAILED : Outcome.OK;
    }
}
