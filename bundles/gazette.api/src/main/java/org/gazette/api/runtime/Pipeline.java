package org.gazette.api.runtime;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The running pipeline as operators see it.
 */
@ProviderType
public interface Pipeline {

    /** @return every known source with its schedule and counters, sorted by id */
    List<SourceStatusDTO> sources();

    /**
     * Polls a source now and waits until the items of this poll have passed every stage.
     *
     * @param sourceId the source id
     * @param timeoutMillis how long to wait for the poll and its items
     * @return what happened to the items of this poll
     * @throws IllegalArgumentException when no source has this id
     * @throws InterruptedException when interrupted while waiting
     */
    RunSummaryDTO run(String sourceId, long timeoutMillis) throws InterruptedException;

    /**
     * Stops scheduled polls of a source until {@link #resume}; {@link #run} still works.
     *
     * @param sourceId the source id
     * @throws IllegalArgumentException when no source has this id
     */
    void pause(String sourceId);

    /**
     * Schedules a paused source again.
     *
     * @param sourceId the source id
     * @throws IllegalArgumentException when no source has this id
     */
    void resume(String sourceId);

    /** @return queues, per-stage counters and recent failures */
    PipelineStatusDTO status();
}
