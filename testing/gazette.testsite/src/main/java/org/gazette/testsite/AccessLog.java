package org.gazette.testsite;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The most recent requests a site answered, oldest first, bounded: when full, the oldest entry
 * is dropped. Thread-safe; memory grows with use, up to the capacity.
 */
final class AccessLog {

    private final int capacity;
    private final ArrayDeque<NewsSite.Access> entries = new ArrayDeque<>();
    private long dropped;

    AccessLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(NewsSite.Access access) {
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(access);
    }

    synchronized List<NewsSite.Access> snapshot() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }

    /** How many entries were dropped because the log was full. */
    synchronized long dropped() {
        return dropped;
    }
}
