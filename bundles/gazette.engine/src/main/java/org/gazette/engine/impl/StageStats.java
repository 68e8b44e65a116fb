package org.gazette.engine.impl;

import java.util.concurrent.atomic.AtomicLong;

import org.gazette.api.model.Outcome;
import org.gazette.api.runtime.StageStatusDTO;

/** Counters of one stage (by name); they outlive the service so that a re-registered stage keeps its history. */
final class StageStats {
    private final String stage;
    private final String name;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong micros = new AtomicLong();
    private volatile String lastError;
    private volatile String lastErrorAt;
    private volatile boolean active;

    StageStats(String stage, String name) {
        this.stage = stage;
        this.name = name;
    }

    void record(Outcome outcome, long tookMicros, String reason) {
        micros.addAndGet(tookMicros);
        switch (outcome) {
            case OK -> ok.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
            case FAILED -> {
                failed.incrementAndGet();
                lastError = reason;
                lastErrorAt = Clock.now();
            }
        }
    }

    void active(boolean value) {
        active = value;
    }

    StageStatusDTO toDTO() {
        StageStatusDTO dto = new StageStatusDTO();
        dto.stage = stage;
        dto.name = name;
        dto.active = active;
        dto.ok = ok.get();
        dto.skipped = skipped.get();
        dto.failed = failed.get();
        long n = dto.ok + dto.skipped + dto.failed;
        dto.meanMicros = n == 0 ? 0 : micros.get() / n;
        dto.lastError = lastError;
        dto.lastErrorAt = lastErrorAt;
        return dto;
    }
}
