package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class GroupSyncTest {

    /** A pretend database: commits get numbers, a sync makes every commit before it durable. */
    private static final class Disk {
        final AtomicLong commits = new AtomicLong();
        final AtomicLong durable = new AtomicLong();
        final AtomicInteger syncs = new AtomicInteger();

        void sync() {
            long upTo = commits.get();
            syncs.incrementAndGet();
            durable.accumulateAndGet(upTo, Math::max);
        }
    }

    @Test
    void everyWriterReturnsOnlyOnceItsCommitIsDurable() throws Exception {
        GroupSync group = new GroupSync();
        Disk disk = new Disk();
        List<Throwable> errors = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread w = new Thread(() -> {
                try {
                    for (int i = 0; i < 500; i++) {
                        long mine;
                        long ticket;
                        synchronized (disk) { // commit and ticket in the same order, as a database's commits are
                            mine = disk.commits.incrementAndGet();
                            ticket = group.committed();
                        }
                        group.awaitDurable(ticket, disk::sync);
                        if (disk.durable.get() < mine) {
                            throw new AssertionError("commit " + mine + " returned before it was durable");
                        }
                    }
                } catch (Throwable e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            });
            writers.add(w);
            w.start();
        }
        for (Thread w : writers) {
            w.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(List.of(), errors);
        assertEquals(4000, disk.durable.get());
        assertTrue(disk.syncs.get() <= 4000);
    }

    @Test
    void writersArrivingDuringASyncShareTheNextOne() throws Exception {
        GroupSync group = new GroupSync();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger syncs = new AtomicInteger();
        GroupSync.Sync slowFirst = () -> {
            if (syncs.incrementAndGet() == 1) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Thread first = start(group, slowFirst);
        awaitSyncs(syncs, 1);
        Thread second = start(group, slowFirst);
        Thread third = start(group, slowFirst);
        awaitWaiting(second);
        awaitWaiting(third);
        release.countDown();
        for (Thread t : List.of(first, second, third)) {
            t.join(10_000);
            assertTrue(!t.isAlive(), t.getName() + " still waits");
        }
        assertEquals(2, syncs.get(), "the two writers that came during the first sync share one sync");
    }

    @Test
    void aFailedSyncCoversNothingAndTheNextWriterSyncsAgain() throws Exception {
        GroupSync group = new GroupSync();
        long first = group.committed();
        assertThrows(SQLException.class, () -> group.awaitDurable(first, () -> {
            throw new SQLException("disk full");
        }));
        AtomicInteger syncs = new AtomicInteger();
        group.awaitDurable(first, syncs::incrementAndGet);
        assertEquals(1, syncs.get());
        group.awaitDurable(first, syncs::incrementAndGet);
        assertEquals(1, syncs.get(), "already durable: no second sync");
    }

    private static Thread start(GroupSync group, GroupSync.Sync sync) {
        Thread t = new Thread(() -> {
            try {
                group.awaitDurable(group.committed(), sync);
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    private static void awaitSyncs(AtomicInteger syncs, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (syncs.get() < n) {
            assertTrue(System.nanoTime() < deadline, "no sync started");
            Thread.sleep(1);
        }
    }

    private static void awaitWaiting(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.WAITING) {
            assertTrue(System.nanoTime() < deadline, t.getName() + " never waited for the sync in progress");
            Thread.sleep(1);
        }
    }
}
