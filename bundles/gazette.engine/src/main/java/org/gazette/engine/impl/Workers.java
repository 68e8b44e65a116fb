package org.gazette.engine.impl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import org.osgi.service.log.Logger;

/** The worker threads and the queue they take items from. */
final class Workers {
    private static final long POLL_MILLIS = 200;
    private final LinkedBlockingDeque<Item> queue = new LinkedBlockingDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Completion completion;
    private final Logger log;
    private int busy;
    private volatile boolean stopping;
    private volatile Runnable onIdle = () -> { };

    Workers(Completion completion, Logger log) {
        this.completion = completion;
        this.log = log;
    }

    void start(int count, ItemProcessor processor) {
        for (int i = 1; i <= count; i++) {
            Thread t = new Thread(() -> loop(processor), "gazette-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Called each time a worker finishes an item (the frontier hands out the next one). */
    void onIdle(Runnable r) {
        onIdle = r;
    }

    void submit(Item item) {
        queue.addLast(item);
    }

    /** Puts an item back at the head of the queue (its stage left while working on it). */
    void requeue(Item item) {
        queue.addFirst(item);
    }

    int queued() {
        return queue.size();
    }

    synchronized int busy() {
        return busy;
    }

    /** Waits until the queue is empty and no worker is busy; true when that happened in time. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (busy > 0 || !queue.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
        }
        return true;
    }

    /** Stops the workers (interrupting any still busy) and returns the items never started. */
    List<Item> stop() {
        stopping = true;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<Item> left = new ArrayList<>();
        queue.drainTo(left);
        return left;
    }

    private void loop(ItemProcessor processor) {
        while (!stopping) {
            Item item;
            try {
                item = queue.pollFirst(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (item == null) {
                continue;
            }
            synchronized (this) {
                busy++;
            }
            try {
                processor.process(item);
            } catch (InterruptedException e) {
                queue.addFirst(item);
                return;
            } catch (RuntimeException | LinkageError e) {
                log.error("internal error on {}: {}", item.source.url, e.toString(), e);
                completion.failed(item, "engine", "engine", "internal error: " + e);
            } finally {
                synchronized (this) {
                    busy--;
                    notifyAll();
                }
                onIdle.run();
            }
        }
    }
}
