package org.gazette.engine.impl;

import java.util.concurrent.atomic.AtomicLong;

import org.gazette.api.model.Outcome;
import org.gazette.api.runtime.SourceStatusDTO;

/** Counters of one source id; they outlive the service so that a reconfigured source keeps its history. */
final class SourceStats {
    final AtomicLong polls = new AtomicLong();
    final AtomicLong pollErrors = new AtomicLong();
    final AtomicLong emitted = new AtomicLong();
    final AtomicLong newItems = new AtomicLong();
    final AtomicLong known = new AtomicLong();
    volatile long lastNewItems;
    volatile long currentIntervalSeconds;
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong ok = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    volatile String lastRun;
    volatile String lastError;
    volatile boolean paused;

    void itemDone(Outcome outcome) {
        switch (outcome) {
            case OK -> ok.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
        }
    }

    void fill(SourceStatusDTO dto) {
        dto.polls = polls.get();
        dto.pollErrors = pollErrors.get();
        dto.emitted = emitted.get();
        dto.rejected = rejected.get();
        dto.ok = ok.get();
        dto.skipped = skipped.get();
        dto.failed = failed.get();
        dto.lastRun = lastRun;
        dto.lastError = lastError;
        dto.newItems = newItems.get();
        dto.lastNewItems = lastNewItems;
        dto.currentIntervalSeconds = currentIntervalSeconds;
    }
}
