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
    private org.gazette.api.state.UrlRecord frontier;
    private Fetch fetch;
    private org.gazette.api.model.Document document;
    private int attempt;
    private org.gazette.api.state.UrlState endState;
    private String canonicalUrl;
    /** True for an item queued on request (the console's fetch): no conditional request, no unchanged check. */
    volatile boolean forced;
    /** True from the frontier's dispatch until the fetch call returns. */
    volatile boolean awaitingFetch;

    /**
     * What the fetch of a frontier item brought, for its URL record.
     *
     * @param status HTTP status
     * @param etag the response's ETag
     * @param lastModified the response's Last-Modified
     * @param contentHash hash of the body, null when not modified
     * @param unchanged true when the page was not modified or its content is what was processed last time
     */
    record Fetch(int status, String etag, String lastModified, String contentHash, boolean unchanged) {
    }

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

    /** The frontier's record of this item's URL; null for items that carry their content. */
    synchronized org.gazette.api.state.UrlRecord frontier() {
        return frontier;
    }

    synchronized void frontier(org.gazette.api.state.UrlRecord r) {
        frontier = r;
    }

    /**
     * The document fetched for this item, kept while the item waits for a parser or goes round again
     * after a stage left, so that the page is not requested twice.
     */
    synchronized org.gazette.api.model.Document document() {
        return document;
    }

    synchronized void document(org.gazette.api.model.Document d) {
        document = d;
    }

    synchronized Fetch fetch() {
        return fetch;
    }

    synchronized void fetch(Fetch f) {
        fetch = f;
    }

    /** Failed fetch attempts so far. */
    synchronized int attempt() {
        return attempt;
    }

    synchronized void nextAttempt() {
        attempt++;
        fetch = null;
    }

    /** The state its URL record ends in when it is not what the outcome implies (skipped on purpose). */
    synchronized org.gazette.api.state.UrlState endState() {
        return endState;
    }

    synchronized void endState(org.gazette.api.state.UrlState s) {
        endState = s;
    }

    /** The normalised canonical URL the page declared, when it differs from the item's URL. */
    synchronized String canonicalUrl() {
        return canonicalUrl;
    }

    synchronized void canonicalUrl(String url) {
        canonicalUrl = url;
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
