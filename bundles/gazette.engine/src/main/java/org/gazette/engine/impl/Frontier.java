package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.ToLongFunction;

import org.gazette.api.model.SourceItem;
import org.gazette.api.runtime.HostStatusDTO;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;
import org.osgi.service.log.Logger;

/**
 * The URL frontier: items a source emitted without content wait here, one queue per host, until
 * their host is ready. It normalises URLs, admits each URL once (a URL already fetched waits for its
 * revisit time; one already queued is not queued twice), keeps every admitted URL in the state store
 * as {@link UrlState#QUEUED} until it is done (so a restart resumes it), and hands due URLs to the
 * workers round-robin over hosts, asking the fetcher which hosts are ready so that no worker waits on
 * politeness.
 */
final class Frontier implements AutoCloseable {
    /** Hosts with nothing queued are kept for their counters until there are this many hosts. */
    private static final int MAX_IDLE_HOSTS = 1000;
    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** What became of an offered item. */
    enum Admit {
        /** A URL the frontier had never seen. */
        NEW,
        /** A known URL whose revisit time had come: fetched again, conditionally. */
        REVISIT,
        /** A known URL not due yet, or one already queued: nothing to do. */
        KNOWN,
        /** The caller gave up while the frontier was full. */
        REFUSED
    }

    private final StateStore store;
    private final UrlRecords records;
    private final int capacity;
    private final int perHostInFlight;
    private final ToLongFunction<String> readyIn;
    private final Consumer<Item> dispatch;
    private final IntSupplier room;
    private final Logger log;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
    private final Map<String, Item> queuedUrls = new HashMap<>();
    private final Thread dispatcher;
    private long seq;
    private int waiting;
    private int cursor;
    private volatile boolean closed;

    Frontier(StateStore store, EngineSettings settings, ToLongFunction<String> readyIn, Consumer<Item> dispatch, IntSupplier room, Logger log) {
        this.store = store;
        this.records = new UrlRecords(store, settings.revisitAfter());
        this.capacity = settings.frontierCapacity();
        this.perHostInFlight = settings.perHostInFlight();
        this.readyIn = readyIn;
        this.dispatch = dispatch;
        this.room = room;
        this.log = log;
        this.dispatcher = new Thread(this::dispatchLoop, "gazette-frontier");
        dispatcher.setDaemon(true);
    }

    void start() {
        resume();
        dispatcher.start();
    }

    /**
     * Admits an item that needs fetching, waiting while the frontier is full.
     *
     * @throws IllegalArgumentException when the URL cannot be normalised
     */
    Admit offer(Item item, BooleanSupplier cancelled) throws InterruptedException {
        String url = UrlNormalizer.normalize(item.source.url);
        item.source.url = url;
        Admit admit;
        lock.lock();
        try {
            while (waiting >= capacity) {
                if (cancelled.getAsBoolean() || closed) {
                    return Admit.REFUSED;
                }
                changed.await(100, TimeUnit.MILLISECONDS);
            }
            if (queuedUrls.containsKey(url)) {
                return Admit.KNOWN;
            }
            queuedUrls.put(url, item); // claims the URL while the store is asked, outside the lock
        } finally {
            lock.unlock();
        }
        try {
            admit = records.claim(item, url);
        } catch (RuntimeException e) {
            release(url);
            throw e;
        }
        if (admit == Admit.KNOWN) {
            release(url);
        } else {
            enqueue(item, 0L);
        }
        return admit;
    }

    /** Queues a URL on request (the console's fetch), whatever its record says. */
    void force(Item item) {
        String url = UrlNormalizer.normalize(item.source.url);
        item.source.url = url;
        UrlRecord r = records.get(url);
        item.frontier(r != null ? r : records.fresh(item, url, UrlState.QUEUED));
        item.forced = true;
        enqueue(item, 0L);
    }

    private void release(String url) {
        lock.lock();
        try {
            queuedUrls.remove(url);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void enqueue(Item item, long delayMillis) {
        lock.lock();
        try {
            queuedUrls.put(item.source.url, item);
            String key = UrlNormalizer.hostKey(item.source.url);
            hosts.computeIfAbsent(key, HostQueue::new)
                    .add(new HostQueue.Entry(item, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis), seq++));
            waiting++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The fetch call of a dispatched item returned: the host may take its next URL. */
    void fetched(Item item) {
        if (!item.awaitingFetch) {
            return;
        }
        item.awaitingFetch = false;
        String url = item.source.url;
        long ready = readyIn.applyAsLong(url);
        lock.lock();
        try {
            HostQueue h = hosts.get(UrlNormalizer.hostKey(url));
            if (h != null) {
                h.fetching--;
                h.throttled = ready > 0;
                h.readyInMillis = ready;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues an item again after a retryable fetch failure ({@code attempted}) or a fetch the
     * fetcher did not send because the host was not ready (not counted as an attempt).
     */
    void retry(Item item, long delayMillis, boolean attempted) {
        lock.lock();
        try {
            HostQueue h = hosts.get(UrlNormalizer.hostKey(item.source.url));
            if (h != null) {
                h.inFlight--;
                if (attempted) {
                    h.failed++;
                }
            }
        } finally {
            lock.unlock();
        }
        if (attempted) {
            item.nextAttempt();
        }
        enqueue(item, delayMillis);
    }

    /** An item the frontier dispatched is done: updates its record and frees its host slot. */
    void done(Item item, org.gazette.api.model.Outcome outcome, String reason) {
        UrlRecord r = item.frontier();
        if (r == null) {
            return;
        }
        fetched(item); // an item that ended without a fetch call (no fetcher) frees its host too
        try {
            records.finish(item, outcome, reason, r);
        } catch (RuntimeException e) {
            log.error("cannot record the state of {}: {}", r.url, e.toString());
        }
        UrlState state = r.state;
        Item.Fetch f = item.fetch();
        lock.lock();
        try {
            queuedUrls.remove(r.url);
            HostQueue h = hosts.get(UrlNormalizer.hostKey(r.url));
            if (h != null) {
                h.inFlight--;
                if (f != null) {
                    h.fetched++;
                    if (f.unchanged()) {
                        h.unchanged++;
                    }
                }
                if (state == UrlState.FAILED) {
                    h.failed++;
                }
                if (h.idle() && hosts.size() > MAX_IDLE_HOSTS) {
                    hosts.remove(h.host);
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void resume() {
        List<UrlRecord> queued = store.urls(UrlState.QUEUED, capacity);
        for (UrlRecord r : queued) {
            SourceItem hints = records.item(r);
            Item item = new Item(r.sourceId, hints, new PollTicket(r.sourceId));
            item.frontier(r);
            enqueue(item, 0L);
        }
        if (!queued.isEmpty()) {
            log.info("frontier resumed {} URLs queued before the last stop", queued.size());
        }
    }

    private void dispatchLoop() {
        while (!closed) {
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                return;
            }
            try {
                long wait = dispatchRound();
                if (wait > 0) {
                    changed.awaitNanos(wait);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("frontier dispatch failed: {}", e.toString(), e);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Hands ready items to the workers; returns how long to wait before the next round (0: go on). */
    private long dispatchRound() {
        if (hosts.isEmpty() || room.getAsInt() <= 0) {
            return IDLE_WAIT_NANOS;
        }
        long now = System.nanoTime();
        long wait = IDLE_WAIT_NANOS;
        List<HostQueue> order = new ArrayList<>(hosts.values());
        int n = order.size();
        boolean any = false;
        for (int i = 0; i < n && room.getAsInt() > 0; i++) {
            HostQueue h = order.get((cursor + i) % n);
            HostQueue.Entry head = h.peek();
            if (head == null || h.fetching >= perHostInFlight || (h.fetching > 0 && h.throttled)) {
                continue;
            }
            if (head.dueNanos() > now) {
                wait = Math.min(wait, head.dueNanos() - now);
                continue;
            }
            long ready = readyIn.applyAsLong(head.item().source.url);
            h.readyInMillis = ready;
            if (ready > 0) {
                wait = Math.min(wait, TimeUnit.MILLISECONDS.toNanos(ready));
                continue;
            }
            h.poll();
            h.inFlight++;
            h.fetching++;
            head.item().awaitingFetch = true;
            waiting--;
            any = true;
            dispatch.accept(head.item());
        }
        cursor = n == 0 ? 0 : (cursor + 1) % n;
        changed.signalAll();
        return any ? 0 : Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1));
    }

    /** Wakes the dispatcher (a worker became free, a fetcher appeared). */
    void poke() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    List<HostStatusDTO> status() {
        List<HostStatusDTO> out = new ArrayList<>();
        lock.lock();
        try {
            long now = System.nanoTime();
            for (HostQueue h : hosts.values()) {
                HostStatusDTO dto = new HostStatusDTO();
                dto.host = h.host;
                dto.queued = h.size();
                dto.due = h.due(now);
                dto.inFlight = h.inFlight;
                dto.readyInMillis = h.readyInMillis;
                dto.fetched = h.fetched;
                dto.unchanged = h.unchanged;
                dto.failed = h.failed;
                out.add(dto);
            }
        } finally {
            lock.unlock();
        }
        out.sort(Comparator.comparing(d -> d.host));
        return out;
    }

    /** Stops dispatching and returns the items still waiting (their records stay QUEUED in the store). */
    List<Item> drain() {
        closed = true;
        dispatcher.interrupt();
        try {
            dispatcher.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Item> left = new ArrayList<>();
        lock.lock();
        try {
            hosts.values().forEach(h -> h.drainTo(left));
            hosts.clear();
            queuedUrls.clear();
            waiting = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return left;
    }

    @Override
    public void close() {
        drain();
    }
}
