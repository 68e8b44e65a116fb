package org.gazette.engine.impl;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The engine's configuration, parsed and checked once.
 *
 * @param workers threads that move items through fetch, parse and enrich
 * @param pollThreads threads that run source polls
 * @param queueCapacity items admitted into the pipeline at once (queued, in flight or waiting for export)
 * @param maxQueuedBytes inline content admitted into the pipeline at once
 * @param maxItemBytes largest inline content of one item
 * @param pollTimeout how long one poll may run
 * @param fetchTimeout how long one fetch may run
 * @param stageTimeout how long one parse or enrich call may run
 * @param exportTimeout how long one export batch may run
 * @param exportBatchSize largest export batch
 * @param exportLinger how long an export channel waits to fill a batch
 * @param exportRetries retries of a failed export batch before its articles are reported failed
 * @param stageWait how long an item waits for a missing parser or fetcher before it fails
 * @param shutdownTimeout how long deactivation waits for items in the pipeline before spilling them to disk
 * @param dataDir where source state, spilled items and failure records live
 * @param revisitAfter how long after its fetch a URL emitted again is fetched again
 * @param frontierCapacity URLs waiting in the frontier at once
 * @param perHostInFlight fetches to one unthrottled host at once (parsing and export of fetched pages do not hold a slot)
 * @param scheduling whether sources are polled on their intervals; when false only {@code run} polls
 *        (the launcher's one-command mode)
 */
record EngineSettings(int workers, int pollThreads, int queueCapacity, long maxQueuedBytes, long maxItemBytes,
        Duration pollTimeout, Duration fetchTimeout, Duration stageTimeout, Duration exportTimeout,
        int exportBatchSize, Duration exportLinger, int exportRetries, Duration stageWait, Duration shutdownTimeout, Path dataDir,
        Duration revisitAfter, int frontierCapacity, int perHostInFlight, boolean scheduling) {
}
