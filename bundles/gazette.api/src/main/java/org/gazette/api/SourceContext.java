package org.gazette.api;

import org.gazette.api.model.SourceItem;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the engine gives a {@link Source} for one poll. Valid only during that poll.
 */
@ProviderType
public interface SourceContext {

    /** @return the id under which the engine knows the polling source */
    String sourceId();

    /**
     * Hands an item to the pipeline. Blocks while the pipeline is full (backpressure).
     *
     * @param item the item; {@link org.gazette.api.model.SourceItem#url} is required
     * @return {@code false} when the poll has been cancelled and the source should stop emitting
     * @throws IllegalArgumentException when the item has no URL or its content exceeds the engine's
     *         item size limit
     * @throws InterruptedException when the polling thread is interrupted while waiting
     */
    boolean emit(SourceItem item) throws InterruptedException;

    /**
     * Records an item the source found but could not read, so that operators see it with its
     * reason like any other failed item.
     *
     * @param url what identifies the item (a URL, a {@code file:} URI)
     * @param reason why it could not be read
     */
    void reject(String url, String reason);

    /**
     * @return the source's durable state (cursors, fingerprints of what was already emitted). The
     *         engine saves it when the poll returns normally and was not cancelled, and keeps it
     *         across restarts.
     */
    SourceState state();

    /** @return the largest inline content, in bytes, that {@link #emit} accepts for one item */
    long maxItemBytes();

    /** @return true once the engine has cancelled this poll (timeout, source removed, shutdown) */
    boolean isCancelled();
}
