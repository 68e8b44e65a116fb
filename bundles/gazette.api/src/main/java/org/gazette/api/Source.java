package org.gazette.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds news items: feed entries, sitemap URLs, files in a folder, anything an integrator writes.
 * The engine calls {@link #poll} on the schedule given by {@link StageProperties#SOURCE_INTERVAL}
 * (or when an operator asks), never twice at the same time for one source. Identify the source
 * with the service properties {@link StageProperties#SOURCE_ID} and {@link StageProperties#SOURCE_KIND}.
 *
 * <p>A poll should return in bounded time; the engine cancels it after its poll timeout
 * ({@link SourceContext#isCancelled()} turns true and the polling thread is interrupted). An
 * exception thrown by {@code poll} is counted and reported against the source; items already
 * emitted go on through the pipeline.
 */
@ConsumerType
public interface Source {

    /**
     * Looks for new or changed items and hands each to {@link SourceContext#emit}.
     *
     * @param context where to emit items, report unreadable ones and keep state across polls
     * @throws Exception when the poll as a whole failed; the reason is shown to operators
     */
    void poll(SourceContext context) throws Exception;
}
