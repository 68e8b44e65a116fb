package org.gazette.engine.impl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.Exporter;
import org.osgi.service.log.Logger;

/**
 * Hands every article to every active exporter. While no exporter is active, articles are held
 * (and keep their room in the pipeline, so sources slow down) until one arrives.
 */
final class ExportHub {
    private final EngineSettings settings;
    private final StageCalls calls;
    private final StageSet<Exporter> exporters;
    private final Completion completion;
    private final FailureLog failures;
    private final Logger log;
    private final Map<Exporter, ExportChannel> channels = new LinkedHashMap<>();
    private final List<Item> held = new ArrayList<>();

    ExportHub(EngineSettings settings, StageCalls calls, StageSet<Exporter> exporters, Completion completion, FailureLog failures, Logger log) {
        this.settings = settings;
        this.calls = calls;
        this.exporters = exporters;
        this.completion = completion;
        this.failures = failures;
        this.log = log;
    }

    void add(Exporter exporter, Map<String, Object> props) {
        Stage<Exporter> stage = exporters.add(exporter, props);
        ExportChannel channel = new ExportChannel(stage, settings, calls, this, failures);
        channel.start();
        List<Item> release;
        synchronized (this) {
            channels.put(exporter, channel);
            release = new ArrayList<>(held);
            held.clear();
        }
        log.info("exporter {} added; releasing {} held articles", stage.name, release.size());
        release.forEach(this::submit);
    }

    /** Exports what was already handed to this exporter, then forgets it. */
    void remove(Exporter exporter) throws InterruptedException {
        ExportChannel channel;
        synchronized (this) {
            channel = channels.remove(exporter);
        }
        if (channel != null) {
            channel.close(settings.exportTimeout().multipliedBy(settings.exportRetries() + 2L));
        }
        exporters.remove(exporter);
    }

    void submit(Item item) {
        List<ExportChannel> targets;
        synchronized (this) {
            if (channels.isEmpty()) {
                held.add(item);
                return;
            }
            targets = new ArrayList<>(channels.values());
            item.awaitExports(targets.size());
            targets.forEach(c -> c.offer(item));
        }
    }

    void exportDone(Item item, boolean ok) {
        if (item.exportDone(ok)) {
            completion.exported(item, item.exportOutcome());
        }
    }

    synchronized int held() {
        return held.size();
    }

    synchronized int pending() {
        return channels.values().stream().mapToInt(ExportChannel::pending).sum();
    }

    /** Takes the held articles out (at shutdown, to spill them). */
    synchronized List<Item> takeHeld() {
        List<Item> out = new ArrayList<>(held);
        held.clear();
        return out;
    }

    void close(Duration timeout) throws InterruptedException {
        List<ExportChannel> all;
        synchronized (this) {
            all = new ArrayList<>(channels.values());
            channels.clear();
        }
        for (ExportChannel c : all) {
            c.close(timeout);
        }
    }
}
