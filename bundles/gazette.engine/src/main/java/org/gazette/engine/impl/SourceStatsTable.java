package org.gazette.engine.impl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counters of every source id seen since start, kept after a source leaves so its history stays visible. */
final class SourceStatsTable {
    private final Map<String, SourceStats> byId = new ConcurrentHashMap<>();

    SourceStats get(String sourceId) {
        return byId.computeIfAbsent(sourceId, id -> new SourceStats());
    }

    long totalRejected() {
        return byId.values().stream().mapToLong(s -> s.rejected.get()).sum();
    }
}
