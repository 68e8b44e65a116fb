package org.gazette.engine.impl;

import java.util.PriorityQueue;

/** The URLs of one host waiting in the frontier, ordered by when they are due, and the host's counters. */
final class HostQueue {
    final String host;
    private final PriorityQueue<Entry> waiting = new PriorityQueue<>();
    int inFlight;
    /** Items dispatched whose fetch call has not returned yet. */
    int fetching;
    /**
     * Whether the fetcher made this host wait after its last fetch (a politeness delay): then the
     * frontier sends its URLs one at a time, so that no worker waits in the fetcher's gate. Unknown
     * hosts count as throttled until their first fetch returns.
     */
    boolean throttled = true;
    long fetched;
    long unchanged;
    long failed;
    long readyInMillis;

    /** One waiting item and the time (System.nanoTime) it is due. */
    record Entry(Item item, long dueNanos, long seq) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(dueNanos, o.dueNanos);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    HostQueue(String host) {
        this.host = host;
    }

    void add(Entry e) {
        waiting.add(e);
    }

    Entry peek() {
        return waiting.peek();
    }

    Entry poll() {
        return waiting.poll();
    }

    int size() {
        return waiting.size();
    }

    int due(long nowNanos) {
        int n = 0;
        for (Entry e : waiting) {
            if (e.dueNanos <= nowNanos) {
                n++;
            }
        }
        return n;
    }

    boolean idle() {
        return waiting.isEmpty() && inFlight == 0;
    }

    void drainTo(java.util.Collection<Item> out) {
        for (Entry e : waiting) {
            out.add(e.item);
        }
        waiting.clear();
    }
}
