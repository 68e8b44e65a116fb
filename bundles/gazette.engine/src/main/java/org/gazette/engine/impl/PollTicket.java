package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.api.model.Outcome;
import org.gazette.api.runtime.ItemFailureDTO;
import org.gazette.api.runtime.RunSummaryDTO;

/** Counts what became of the items of one poll, so that {@code run} can wait for them and sum them up. */
final class PollTicket {
    private final String sourceId;
    private final long startedNanos = System.nanoTime();
    private final List<ItemFailureDTO> failures = new ArrayList<>();
    private int emitted;
    private int newItems;
    private int rejected;
    private int ok;
    private int skipped;
    private int failed;
    private boolean pollDone;
    private String pollError;

    PollTicket(String sourceId) {
        this.sourceId = sourceId;
    }

    synchronized void emitted() {
        emitted++;
    }

    synchronized void newItem() {
        newItems++;
    }

    /** Items of this poll that the frontier had not seen before. */
    synchronized int newItems() {
        return newItems;
    }

    synchronized void withdrawn() {
        emitted--;
        notifyAll();
    }

    synchronized void rejected(ItemFailureDTO failure) {
        rejected++;
        failures.add(failure);
    }

    synchronized void itemDone(Outcome outcome, ItemFailureDTO failure) {
        switch (outcome) {
            case OK -> ok++;
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
        }
        if (failure != null) {
            failures.add(failure);
        }
        notifyAll();
    }

    synchronized void pollDone(String error) {
        pollDone = true;
        pollError = error;
        notifyAll();
    }

    /** Waits until the poll returned and each of its items is done, or the time is up. */
    synchronized boolean await(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!pollDone || ok + skipped + failed < emitted) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized RunSummaryDTO summary() {
        RunSummaryDTO dto = new RunSummaryDTO();
        dto.sourceId = sourceId;
        dto.emitted = emitted;
        dto.rejected = rejected;
        dto.ok = ok;
        dto.skipped = skipped;
        dto.failed = failed;
        dto.pending = emitted - ok - skipped - failed;
        dto.millis = (System.nanoTime() - startedNanos) / 1_000_000;
        dto.pollError = pollError;
        dto.failures = new ArrayList<>(failures);
        return dto;
    }
}
