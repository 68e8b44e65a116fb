package org.gazette.engine.impl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;

import org.gazette.api.Source;
import org.gazette.api.StageProperties;
import org.gazette.api.runtime.SourceStatusDTO;
import org.gazette.support.Durations;
import org.gazette.support.InvalidPropertyException;

/** A registered source: its id, schedule, counters and the poll it is running, if any. */
final class SourceHandle {
    final Source source;
    final String id;
    final String kind;
    final SourceStats stats;
    final ReentrantLock pollLock = new ReentrantLock();
    private final Duration interval;
    private final String problem;
    private volatile boolean removed;
    private volatile PollContext current;
    private volatile ScheduledFuture<?> next;
    private volatile long nextRunMillis;

    SourceHandle(Source source, Map<String, Object> props, SourceStats stats, String duplicateOf) {
        this.source = source;
        this.id = StageNames.sourceId(props);
        String k = StageNames.first(props.get(StageProperties.SOURCE_KIND));
        this.kind = k == null ? StageNames.first(props.get("component.name")) : k;
        this.stats = stats;
        Duration d = Duration.ZERO;
        String why = duplicateOf == null ? null : "another source already has the id '" + id + "' (" + duplicateOf + ")";
        try {
            d = Durations.parse(StageProperties.SOURCE_INTERVAL, StageNames.first(props.get(StageProperties.SOURCE_INTERVAL)));
        } catch (InvalidPropertyException e) {
            why = e.getMessage();
        }
        this.interval = d;
        this.problem = why;
    }

    Duration interval() {
        return interval;
    }

    String problem() {
        return problem;
    }

    boolean removed() {
        return removed;
    }

    void markRemoved() {
        removed = true;
        ScheduledFuture<?> n = next;
        if (n != null) {
            n.cancel(false);
        }
    }

    void scheduled(ScheduledFuture<?> future, long atMillis) {
        next = future;
        nextRunMillis = atMillis;
    }

    void current(PollContext ctx) {
        current = ctx;
    }

    PollContext current() {
        return current;
    }

    SourceStatusDTO toDTO() {
        SourceStatusDTO dto = new SourceStatusDTO();
        dto.id = id;
        dto.kind = kind;
        dto.intervalSeconds = interval.toSeconds();
        dto.problem = problem;
        dto.state = problem != null ? "invalid" : current != null ? "polling" : stats.paused ? "paused" : "idle";
        stats.fill(dto);
        ScheduledFuture<?> n = next;
        dto.nextRun = n == null || n.isDone() || stats.paused ? null : Clock.format(nextRunMillis);
        return dto;
    }
}
