package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Items waiting for a stage that is not registered yet: no parser for their media type, no fetcher
 * for their URL scheme. Happens at start-up (a source polled before the parser bundle started, items
 * restored from a spill) and while a stage is being replaced. Parked items go back to the queue
 * whenever a stage arrives, and fail once they have waited longer than the engine's stage wait.
 */
final class Parking {
    private final List<Item> parked = new ArrayList<>();

    synchronized void park(Item item) {
        parked.add(item);
    }

    /** Everything parked, to be tried again (a stage arrived, or the engine stops). */
    synchronized List<Item> releaseAll() {
        List<Item> out = new ArrayList<>(parked);
        parked.clear();
        return out;
    }

    /** The items that have waited at least {@code maxWaitNanos}, removed from the parking. */
    synchronized List<Item> expired(long nowNanos, long maxWaitNanos) {
        List<Item> out = new ArrayList<>();
        for (Iterator<Item> it = parked.iterator(); it.hasNext();) {
            Item item = it.next();
            if (nowNanos - item.waitingSince() >= maxWaitNanos) {
                out.add(item);
                it.remove();
            }
        }
        return out;
    }

    synchronized int size() {
        return parked.size();
    }
}
