package org.gazette.engine.impl;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.log.Logger;

/**
 * Runs one poll of one source: loads its state, calls it under the poll timeout, and saves the
 * state only when the poll returned normally and was not cancelled.
 */
final class Poller {
    private final EngineSettings settings;
    private final CursorStore cursors;
    private final ItemSink sink;
    private final FailureLog failures;
    private final Logger log;

    Poller(EngineSettings settings, CursorStore cursors, ItemSink sink, FailureLog failures, Logger log) {
        this.settings = settings;
        this.cursors = cursors;
        this.sink = sink;
        this.failures = failures;
        this.log = log;
    }

    /** Polls {@code h}; the caller holds its poll lock. */
    void poll(SourceHandle h, PollTicket ticket, ScheduledExecutorService timer) {
        SourceStats stats = h.stats;
        stats.polls.incrementAndGet();
        stats.lastRun = Clock.now();
        MapSourceState state;
        try {
            state = new MapSourceState(cursors.load(h.id));
        } catch (IOException e) {
            fail(h, ticket, e.getMessage());
            return;
        }
        PollContext ctx = new PollContext(h, ticket, state, sink, failures, settings.maxItemBytes());
        h.current(ctx);
        long timeout = settings.pollTimeout().toMillis();
        ScheduledFuture<?> watchdog = null;
        try {
            watchdog = timer.schedule(() -> ctx.cancel("poll did not finish within " + timeout + " ms"), timeout, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            ctx.withdraw("the engine is stopping");
        }
        try {
            h.source.poll(ctx);
            if (ctx.withdrawn()) {
                withdrawn(h, ticket, ctx.cancelReason());
            } else if (ctx.isCancelled()) {
                fail(h, ticket, "poll cancelled: " + ctx.cancelReason());
            } else {
                cursors.save(h.id, state.snapshot());
                stats.lastNewItems = ticket.newItems();
                ticket.pollDone(null);
            }
        } catch (Exception | LinkageError | StackOverflowError e) {
            if (ctx.withdrawn()) {
                withdrawn(h, ticket, ctx.cancelReason());
            } else {
                fail(h, ticket, ctx.isCancelled() ? "poll cancelled: " + ctx.cancelReason() : StageFailure.reason(e));
            }
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            h.current(null);
            Thread.interrupted();
        }
    }

    /** A poll cut short because the engine stops or the source left: its cursor is not saved, nothing failed. */
    private void withdrawn(SourceHandle h, PollTicket ticket, String reason) {
        h.stats.lastNewItems = ticket.newItems();
        log.info("poll of source '{}' stopped: {}", h.id, reason);
        ticket.pollDone("poll stopped: " + reason);
    }

    private void fail(SourceHandle h, PollTicket ticket, String reason) {
        h.stats.pollErrors.incrementAndGet();
        h.stats.lastError = reason;
        h.stats.lastNewItems = ticket.newItems();
        log.warn("poll of source '{}' failed: {}", h.id, reason);
        ticket.pollDone(reason);
    }
}
