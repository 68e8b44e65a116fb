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
    private final boolean adaptive;
    private final int maxItems;
    private final String problem;
    private volatile Duration currentDelay;
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
        int max = 0;
        String why = duplicateOf == null ? null : "another source already has the id '" + id + "' (" + duplicateOf + ")";
        try {
            d = Durations.parse(StageProperties.SOURCE_INTERVAL, StageNames.first(props.get(StageProperties.SOURCE_INTERVAL)));
            max = maxItems(props.get(StageProperties.SOURCE_MAX_ITEMS));
        } catch (InvalidPropertyException e) {
            why = e.getMessage();
        }
        this.interval = d;
        this.currentDelay = d;
        this.maxItems = max;
        this.adaptive = Boolean.parseBoolean(String.valueOf(StageNames.first(props.get(StageProperties.SOURCE_ADAPTIVE))));
        this.problem = why;
        stats.currentIntervalSeconds = d.toSeconds();
    }

    Duration interval() {
        return interval;
    }

    /** Most items admitted from one poll, 0 for no limit. */
    int maxItems() {
        return maxItems;
    }

    /**
     * The delay until the next scheduled poll. Adaptive sources halve it after a poll that brought new
     * URLs (down to a quarter of the interval) and stretch it by half after one that brought none (up
     * to four times the interval); others keep their interval.
     */
    Duration nextDelay(int newItems) {
        failureDelay = Duration.ZERO;
        if (!adaptive || interval.isZero()) {
            return interval;
        }
        Duration min = interval.dividedBy(4);
        Duration max = interval.multipliedBy(4);
        Duration next = newItems > 0 ? currentDelay.dividedBy(2) : currentDelay.plus(currentDelay.dividedBy(2));
        next = next.compareTo(min) < 0 ? min : next.compareTo(max) > 0 ? max : next;
        currentDelay = next;
        stats.currentIntervalSeconds = next.toSeconds();
        return next;
    }

    private Duration failureDelay = Duration.ZERO;

    /** The delay after a failed poll: 5 s, doubling after each failure in a row, at most the interval. */
    Duration retryDelay() {
        failureDelay = failureDelay.isZero() ? Duration.ofSeconds(5) : failureDelay.multipliedBy(2);
        if (failureDelay.compareTo(interval) > 0) {
            failureDelay = interval;
        }
        return failureDelay;
    }

    private static int maxItems(Object value) {
        String s = StageNames.first(value);
        if (s == null || s.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(s.trim());
            if (n < 0) {
                throw new InvalidPropertyException(StageProperties.SOURCE_MAX_ITEMS, "must not be negative: " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidPropertyException(StageProperties.SOURCE_MAX_ITEMS, "not a number: '" + s + "'");
        }
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
