package org.gazette.engine.impl;

import java.util.concurrent.atomic.AtomicLong;

import org.gazette.api.model.Outcome;
import org.gazette.api.runtime.ItemFailureDTO;

/** The end of an item's way: counters, the run ticket, the failure record and the admission budget. */
final class Completion {
    final AtomicLong ok = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private final Admission admission;
    private final FailureLog failures;
    private final SourceStatsTable sourceStats;
    /** Told when an item that came through the frontier is done; set once the frontier exists. */
    private volatile UrlDone urlDone = (item, outcome, reason) -> { };

    /** Receives the end of frontier items. */
    interface UrlDone {
        void done(Item item, Outcome outcome, String reason);
    }

    Completion(Admission admission, FailureLog failures, SourceStatsTable sourceStats) {
        this.admission = admission;
        this.failures = failures;
        this.sourceStats = sourceStats;
    }

    void onUrlDone(UrlDone listener) {
        urlDone = listener;
    }

    void ok(Item item) {
        done(item, Outcome.OK, null);
    }

    void skipped(Item item) {
        done(item, Outcome.SKIPPED, null);
    }

    /** Ends the item as failed in {@code stage} and records why. */
    void failed(Item item, String stage, String name, String reason) {
        done(item, Outcome.FAILED, failures.record(item.sourceId, item.source.url, stage, name, reason));
    }

    /** Ends an item whose export outcome was already recorded per exporter. */
    void exported(Item item, Outcome outcome) {
        done(item, outcome, null);
    }

    private void done(Item item, Outcome outcome, ItemFailureDTO failure) {
        switch (outcome) {
            case OK -> ok.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
        }
        sourceStats.get(item.sourceId).itemDone(outcome);
        if (item.frontier() != null) {
            urlDone.done(item, outcome, failure == null ? null : failure.reason);
        } else {
            admission.release(item.bytes);
        }
        item.ticket.itemDone(outcome, failure);
    }
}
