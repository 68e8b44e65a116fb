package org.gazette.fetch.http.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Decides when a request to a host may start: at least the host's delay after the previous start
 * and after the previous request to it ended (the configured minimum delay or the robots.txt
 * Crawl-delay, whichever is longer; counting from the end too keeps the gap the host sees even when
 * a request was slow to leave or to be answered), at most
 * {@code perHost} requests in flight to one host and {@code total} in all, and not while the host
 * is blocked (it answered 429 or 503 with Retry-After). Start times count from the moment a
 * request is let through, so the delay holds between request starts.
 * <p>
 * One monitor guards everything: a request waits on it until its host is ready or its own time
 * is up, and leaving wakes the waiters. The state of idle hosts is dropped once there are many,
 * since an idle host's state is the same as a new one's.
 */
final class PolitenessGate {

    /** When this many hosts are known, the idle ones are forgotten. */
    private static final int PURGE_ABOVE = 1024;
    /** The hint {@link #readyInMillis} gives for a host whose request slots are all taken. */
    private static final long BUSY_HINT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** A request let through; {@link #close} lets the next one in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** The host cannot be served within the time the request allows. */
    static final class HostBusy extends Exception {
        private static final long serialVersionUID = 1L;
        private final long waitMillis;

        HostBusy(String message, long waitMillis) {
            super(message, null, false, false);
            this.waitMillis = waitMillis;
        }

        /** @return how long until the host is expected to be ready, in milliseconds */
        long waitMillis() {
            return waitMillis;
        }
    }

    private static final class HostState {
        /** The delay that applied to the last request let through. */
        long delay;
        long lastStart;
        long nextStart;
        long blockedUntil;
        int active;
    }

    private final long minDelayNanos;
    private final int perHost;
    private final int total;
    private final Map<HostKey, HostState> hosts = new HashMap<>();
    private int active;
    private boolean closed;

    PolitenessGate(long minDelayMillis, int perHost, int total) {
        this.minDelayNanos = TimeUnit.MILLISECONDS.toNanos(minDelayMillis);
        this.perHost = perHost;
        this.total = total;
    }

    /**
     * A gate for new settings that remembers the previous gate's hosts: when each may start next
     * (the later of its old next start and its last start plus the new minimum delay) and any
     * Retry-After block, so that a reconfiguration never lets a host be hit sooner than it should.
     * Requests still in flight through the previous gate are not counted against the new limits.
     */
    PolitenessGate(long minDelayMillis, int perHost, int total, PolitenessGate previous) {
        this(minDelayMillis, perHost, total);
        synchronized (previous) {
            previous.hosts.forEach((host, old) -> {
                HostState s = new HostState();
                s.lastStart = old.lastStart;
                long byNewDelay = old.lastStart + minDelayNanos;
                s.nextStart = byNewDelay - old.nextStart > 0 ? byNewDelay : old.nextStart;
                s.blockedUntil = old.blockedUntil;
                hosts.put(host, s);
            });
        }
    }

    /** @return milliseconds until a request to the host could start without waiting; no waiting, no I/O */
    synchronized long readyInMillis(HostKey host) {
        HostState s = hosts.get(host);
        if (s == null) {
            return 0L;
        }
        long now = System.nanoTime();
        long wait = Math.max(0L, Math.max(s.nextStart - now, s.blockedUntil - now));
        if (s.active >= perHost) {
            wait = Math.max(wait, Math.max(minDelayNanos, BUSY_HINT_NANOS));
        }
        return wait == 0 ? 0L : TimeUnit.NANOSECONDS.toMillis(wait + 999_999);
    }

    /**
     * Waits until a request to the host may start.
     *
     * @param host the host
     * @param crawlDelayMillis the host's robots.txt Crawl-delay (already capped), 0 when none
     * @param latestStart the latest moment the request may still start; waiting beyond it is refused
     * @return the permit, to be closed when the response has been read
     * @throws HostBusy when the host will not be ready by {@code latestStart}
     * @throws InterruptedException when interrupted while waiting
     * @throws IllegalStateException when the gate was closed (the fetcher is stopping)
     */
    synchronized Permit enter(HostKey host, long crawlDelayMillis, Deadline latestStart) throws HostBusy, InterruptedException {
        long delay = Math.max(minDelayNanos, TimeUnit.MILLISECONDS.toNanos(crawlDelayMillis));
        while (true) {
            if (closed) {
                throw new IllegalStateException("the fetcher is stopping");
            }
            HostState s = state(host); // again after each wait: an idle state may have been purged meanwhile
            long now = System.nanoTime();
            long readyAt = Math.max(s.nextStart, s.blockedUntil);
            if (readyAt - now > latestStart.atNanos() - now) {
                String why = s.blockedUntil - now > 0 ? "blocked after Retry-After or 429" : "politeness delay";
                throw new HostBusy(host + " is not ready in time (" + why + ")", millis(readyAt - now));
            }
            if (readyAt - now <= 0 && s.active < perHost && active < total) {
                s.active++;
                active++;
                s.lastStart = now;
                s.nextStart = now + delay;
                s.delay = delay;
                return new HostPermit(s);
            }
            long waitNanos = readyAt - now > 0 ? readyAt - now : latestStart.remainingNanos();
            if (waitNanos <= 0) {
                String why = s.active >= perHost ? "maxRequestsPerHost requests in flight" : "maxRequests in flight";
                throw new HostBusy(host + " is not ready in time (" + why + ")", millis(Math.max(delay, BUSY_HINT_NANOS)));
            }
            TimeUnit.NANOSECONDS.timedWait(this, waitNanos);
        }
    }

    /** Keeps requests away from a host until {@code millis} from now (Retry-After, 429). */
    synchronized void block(HostKey host, long millis) {
        HostState s = state(host);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        if (until - s.blockedUntil > 0) {
            s.blockedUntil = until;
        }
    }

    /** Refuses every request from now on and wakes the waiting ones. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private synchronized void leave(HostState s) {
        s.active--;
        active--;
        long afterEnd = System.nanoTime() + s.delay;
        if (afterEnd - s.nextStart > 0) {
            s.nextStart = afterEnd;
        }
        notifyAll();
        if (hosts.size() > PURGE_ABOVE) {
            long now = System.nanoTime();
            hosts.values().removeIf(h -> h.active == 0 && h.nextStart - now <= 0 && h.blockedUntil - now <= 0);
        }
    }

    private HostState state(HostKey host) {
        return hosts.computeIfAbsent(host, h -> {
            HostState s = new HostState();
            long now = System.nanoTime();
            s.lastStart = now - minDelayNanos;
            s.nextStart = now;
            s.blockedUntil = now;
            return s;
        });
    }

    private static long millis(long nanos) {
        return Math.max(1L, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
    }

    private final class HostPermit implements Permit {
        private final HostState state;
        private boolean open = true;

        HostPermit(HostState state) {
            this.state = state;
        }

        @Override
        public void close() {
            synchronized (PolitenessGate.this) {
                if (open) {
                    open = false;
                    leave(state);
                }
            }
        }
    }
}
