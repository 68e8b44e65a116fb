package org.gazette.engine.impl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.gazette.api.Source;
import org.gazette.api.runtime.SourceStatusDTO;
import org.osgi.service.log.Logger;

/**
 * The registered sources and their schedule. Each source is polled on its interval (first at once
 * when it appears), never twice at the same time, on a small pool of poll threads; a poll that
 * overruns the poll timeout is cancelled.
 */
final class Sources implements AutoCloseable {
    private final EngineSettings settings;
    private final Poller poller;
    private final Logger log;
    private final List<SourceHandle> handles = new CopyOnWriteArrayList<>();
    private final SourceStatsTable stats;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Threads.named("gazette-scheduler"));
    private final ExecutorService pollers;
    private volatile boolean closed;

    Sources(EngineSettings settings, SourceStatsTable stats, Poller poller, Logger log) {
        this.settings = settings;
        this.stats = stats;
        this.poller = poller;
        this.log = log;
        this.pollers = Executors.newFixedThreadPool(settings.pollThreads(), Threads.named("gazette-poll"));
    }

    synchronized void add(Source source, Map<String, Object> props) {
        String id = StageNames.sourceId(props);
        SourceHandle existing = find(id);
        SourceHandle h = new SourceHandle(source, props, stats.get(id), existing == null ? null : "service " + existing.kind);
        handles.add(h);
        if (h.problem() != null) {
            log.error("source '{}' cannot be scheduled: {}", id, h.problem());
        } else if (!closed) {
            log.info("source '{}' ({}) added, interval {}", id, h.kind, h.interval());
            schedule(h, Duration.ZERO);
        }
    }

    /** Removes a source; a poll in progress may finish (bounded by the poll timeout), then it is cancelled. */
    void remove(Source source) throws InterruptedException {
        SourceHandle h = null;
        for (SourceHandle candidate : handles) {
            if (candidate.source == source) {
                h = candidate;
            }
        }
        if (h == null) {
            return;
        }
        synchronized (this) {
            handles.remove(h);
        }
        h.markRemoved();
        if (!h.pollLock.tryLock(settings.pollTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            PollContext ctx = h.current();
            if (ctx != null) {
                ctx.withdraw("source '" + h.id + "' was removed");
            }
            h.pollLock.lock();
        }
        h.pollLock.unlock();
        log.info("source '{}' removed", h.id);
    }

    /** Starts a poll now, whatever the schedule; the ticket tells when it and its items are done. */
    PollTicket runNow(String id) {
        SourceHandle h = require(id);
        if (h.problem() != null) {
            throw new IllegalArgumentException("source '" + id + "' cannot run: " + h.problem());
        }
        PollTicket ticket = new PollTicket(id);
        pollers.submit(() -> {
            h.pollLock.lock();
            try {
                poller.poll(h, ticket, scheduler);
            } finally {
                h.pollLock.unlock();
            }
        });
        return ticket;
    }

    void pause(String id, boolean paused) {
        require(id).stats.paused = paused;
    }

    List<SourceStatusDTO> status() {
        List<SourceStatusDTO> out = new ArrayList<>();
        handles.forEach(h -> out.add(h.toDTO()));
        out.sort(Comparator.comparing((SourceStatusDTO d) -> d.id).thenComparing(d -> d.problem == null ? "" : d.problem));
        return out;
    }

    private void schedule(SourceHandle h, Duration delay) {
        if (closed || h.removed() || h.interval().isZero() || !settings.scheduling()) {
            return;
        }
        long at = System.currentTimeMillis() + delay.toMillis();
        h.scheduled(scheduler.schedule(() -> pollers.submit(() -> scheduledPoll(h)), delay.toMillis(), TimeUnit.MILLISECONDS), at);
    }

    private void scheduledPoll(SourceHandle h) {
        if (closed || h.removed()) {
            return;
        }
        int newItems = 0;
        boolean failed = false;
        if (!h.stats.paused && h.pollLock.tryLock()) {
            try {
                PollTicket ticket = new PollTicket(h.id);
                poller.poll(h, ticket, scheduler);
                newItems = ticket.newItems();
                failed = ticket.summary().pollError != null;
            } catch (RuntimeException e) {
                log.error("poll of '{}' failed: {}", h.id, e.toString());
            } finally {
                h.pollLock.unlock();
            }
        }
        // a failed poll (fetcher not there yet, server down) is tried again soon, backing off up to the interval
        schedule(h, failed ? h.retryDelay() : h.nextDelay(newItems));
    }

    private SourceHandle require(String id) {
        SourceHandle h = find(id);
        if (h == null) {
            throw new IllegalArgumentException("no source with id '" + id + "'; known: "
                    + handles.stream().map(x -> x.id).sorted().toList());
        }
        return h;
    }

    private SourceHandle find(String id) {
        for (SourceHandle h : handles) {
            if (h.id.equals(id) && h.problem() == null) {
                return h;
            }
        }
        for (SourceHandle h : handles) {
            if (h.id.equals(id)) {
                return h;
            }
        }
        return null;
    }

    /** Stops scheduling, cancels running polls and waits a little for them to return. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        for (SourceHandle h : handles) {
            h.markRemoved();
            PollContext ctx = h.current();
            if (ctx != null) {
                ctx.withdraw("the engine is stopping");
            }
        }
        pollers.shutdown();
        try {
            if (!pollers.awaitTermination(10, TimeUnit.SECONDS)) {
                pollers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
