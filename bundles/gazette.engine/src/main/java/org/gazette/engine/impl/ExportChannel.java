package org.gazette.engine.impl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gazette.api.Exporter;
import org.gazette.api.model.Article;
import org.gazette.api.model.Outcome;

/**
 * Feeds one exporter from its own thread: collects articles into batches (up to the batch size,
 * waiting at most the linger time), exports each batch under the export timeout, retries a failed
 * batch with exponential backoff, and reports each article's outcome.
 */
final class ExportChannel {
    private final Stage<Exporter> stage;
    private final EngineSettings settings;
    private final StageCalls calls;
    private final ExportHub hub;
    private final FailureLog failures;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;

    ExportChannel(Stage<Exporter> stage, EngineSettings settings, StageCalls calls, ExportHub hub, FailureLog failures) {
        this.stage = stage;
        this.settings = settings;
        this.calls = calls;
        this.hub = hub;
        this.failures = failures;
        this.thread = new Thread(this::loop, "gazette-export-" + stage.name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void offer(Item item) {
        queue.add(item);
    }

    int pending() {
        return queue.size();
    }

    /**
     * Exports everything already offered, then stops. Called while the exporter is still active
     * (from the engine's unbind), so nothing offered to it is lost.
     */
    void close(Duration timeout) throws InterruptedException {
        closing = true;
        thread.join(timeout.toMillis());
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(1000);
        }
        List<Item> left = new ArrayList<>();
        queue.drainTo(left);
        for (Item item : left) {
            finish(item, Outcome.FAILED, "exporter " + stage.name + " left before the article was exported", 0);
        }
    }

    private void loop() {
        try {
            while (!(closing && queue.isEmpty())) {
                Item first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Item> batch = new ArrayList<>();
                batch.add(first);
                long deadline = System.nanoTime() + settings.exportLinger().toNanos();
                while (batch.size() < settings.exportBatchSize()) {
                    long left = closing ? 0 : deadline - System.nanoTime();
                    Item next = left <= 0 ? queue.poll() : queue.poll(left, TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                export(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void export(List<Item> batch) throws InterruptedException {
        List<Article> articles = new ArrayList<>(batch.size());
        batch.forEach(i -> articles.add(i.article()));
        String reason = null;
        long t0 = System.nanoTime();
        for (int attempt = 0; attempt <= settings.exportRetries(); attempt++) {
            try {
                calls.call(stage, settings.exportTimeout(), () -> {
                    stage.service.export(List.copyOf(articles));
                    return Boolean.TRUE;
                });
                long each = (System.nanoTime() - t0) / 1000 / batch.size();
                batch.forEach(i -> finish(i, Outcome.OK, null, each));
                return;
            } catch (StageFailure f) {
                reason = f.getMessage();
                if (attempt < settings.exportRetries()) {
                    backoff(attempt);
                }
            }
        }
        long each = (System.nanoTime() - t0) / 1000 / batch.size();
        String why = "export failed after " + (settings.exportRetries() + 1) + " attempts: " + reason;
        batch.forEach(i -> finish(i, Outcome.FAILED, why, each));
    }

    private void backoff(int attempt) throws InterruptedException {
        long millis = Math.min(10_000, 200L << attempt);
        synchronized (this) {
            wait(millis);
        }
    }

    private void finish(Item item, Outcome outcome, String reason, long micros) {
        item.record("export", stage.name, outcome, reason, micros);
        stage.stats.record(outcome, micros, reason);
        if (outcome == Outcome.FAILED) {
            failures.record(item.sourceId, item.source.url, "export", stage.name, reason);
        }
        hub.exportDone(item, outcome == Outcome.OK);
    }
}
