package org.gazette.engine.impl;

import java.time.Duration;
import java.util.Map;

/**
 * One registered stage service (fetcher, parser, enricher, exporter) as the engine uses it: the
 * service object, its properties, and how many calls into it are running.
 */
final class Stage<T> {
    final String kind;
    final String name;
    final T service;
    final Map<String, Object> properties;
    final long serviceId;
    final int ranking;
    final StageStats stats;
    private int inFlight;
    private volatile boolean active = true;

    Stage(String kind, T service, Map<String, Object> properties, StageStats stats) {
        this.kind = kind;
        this.service = service;
        this.properties = Map.copyOf(properties);
        this.name = StageNames.stageName(properties);
        this.serviceId = properties.get("service.id") instanceof Number n ? n.longValue() : 0L;
        this.ranking = StageNames.intValue(properties.get("service.ranking"), 0);
        this.stats = stats;
    }

    boolean active() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    synchronized void enter() {
        inFlight++;
    }

    synchronized void exit() {
        if (--inFlight == 0) {
            notifyAll();
        }
    }

    /** Waits until no call into the service is running; true when that happened before the deadline. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
