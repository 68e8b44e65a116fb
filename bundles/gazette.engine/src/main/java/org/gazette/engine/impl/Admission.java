package org.gazette.engine.impl;

import java.util.function.BooleanSupplier;

/**
 * Backpressure: bounds the number of items and the bytes of inline content inside the pipeline.
 * A source's {@code emit} waits here while the pipeline is full.
 */
final class Admission {
    private static final long RECHECK_MILLIS = 100;
    private final int maxItems;
    private final long maxBytes;
    private int items;
    private long bytes;

    Admission(int maxItems, long maxBytes) {
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
    }

    /**
     * Waits for room for one item of {@code size} bytes. An item larger than the byte budget is let in
     * when no other content is inside, so it cannot wait forever.
     *
     * @return false when {@code cancelled} turned true while waiting
     */
    synchronized boolean acquire(long size, BooleanSupplier cancelled) throws InterruptedException {
        while (items >= maxItems || (bytes > 0 && bytes + size > maxBytes)) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            wait(RECHECK_MILLIS);
        }
        items++;
        bytes += size;
        return true;
    }

    /** Admits without waiting (items restored from a spill at start). */
    synchronized void force(long size) {
        items++;
        bytes += size;
    }

    synchronized void release(long size) {
        items--;
        bytes -= size;
        notifyAll();
    }

    synchronized int items() {
        return items;
    }
}
