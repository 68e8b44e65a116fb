package org.gazette.engine.impl;

import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.api.model.SourceItem;

/** The {@link SourceContext} of one poll. */
final class PollContext implements SourceContext {
    private final SourceHandle handle;
    private final PollTicket ticket;
    private final MapSourceState state;
    private final ItemSink sink;
    private final FailureLog failures;
    private final long maxItemBytes;
    private final Thread thread = Thread.currentThread();
    private volatile String cancelReason;
    private volatile boolean withdrawn;
    private int admitted;

    PollContext(SourceHandle handle, PollTicket ticket, MapSourceState state, ItemSink sink, FailureLog failures, long maxItemBytes) {
        this.handle = handle;
        this.ticket = ticket;
        this.state = state;
        this.sink = sink;
        this.failures = failures;
        this.maxItemBytes = maxItemBytes;
    }

    @Override
    public String sourceId() {
        return handle.id;
    }

    @Override
    public boolean emit(SourceItem item) throws InterruptedException {
        if (item == null || item.url == null || item.url.isBlank()) {
            throw new IllegalArgumentException("source '" + handle.id + "' emitted an item without a url");
        }
        if (item.content != null && item.content.length > maxItemBytes) {
            throw new IllegalArgumentException("item " + item.url + " has " + item.content.length
                    + " bytes of content, more than the engine's maxItemSize of " + maxItemBytes);
        }
        if (isCancelled()) {
            return false;
        }
        if (handle.maxItems() > 0 && admitted >= handle.maxItems()) {
            return false;
        }
        Item it = new Item(handle.id, item, ticket);
        ticket.emitted();
        Frontier.Admit admit = Frontier.Admit.REFUSED;
        try {
            admit = sink.accept(it, this::isCancelled);
        } catch (IllegalArgumentException bad) {
            ticket.withdrawn();
            reject(item.url, bad.getMessage());
            return true;
        } finally {
            if (admit == Frontier.Admit.REFUSED || admit == Frontier.Admit.KNOWN) {
                ticket.withdrawn();
            }
        }
        switch (admit) {
            case NEW -> {
                admitted++;
                ticket.newItem();
                handle.stats.emitted.incrementAndGet();
                handle.stats.newItems.incrementAndGet();
            }
            case REVISIT -> {
                admitted++;
                handle.stats.emitted.incrementAndGet();
            }
            case KNOWN -> handle.stats.known.incrementAndGet();
            case REFUSED -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reject(String url, String reason) {
        handle.stats.rejected.incrementAndGet();
        handle.stats.failed.incrementAndGet();
        ticket.rejected(failures.record(handle.id, url, "source", handle.id, reason));
    }

    @Override
    public long maxItemBytes() {
        return maxItemBytes;
    }

    @Override
    public SourceState state() {
        return state;
    }

    @Override
    public boolean isCancelled() {
        return cancelReason != null;
    }

    /** Cancels the poll: {@code emit} returns false from now on and the polling thread is interrupted. */
    void cancel(String reason) {
        if (cancelReason == null) {
            cancelReason = reason;
            thread.interrupt();
        }
    }

    /**
     * Cancels the poll because the engine is stopping or the source was removed: not the source's
     * failure, so it is not counted or logged as one.
     */
    void withdraw(String reason) {
        withdrawn = true;
        cancel(reason);
    }

    /** @return whether the poll was cancelled by {@link #withdraw} (the engine stopping, the source removed) */
    boolean withdrawn() {
        return withdrawn;
    }

    String cancelReason() {
        return cancelReason;
    }
}
