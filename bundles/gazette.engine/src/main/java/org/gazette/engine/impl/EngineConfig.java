package org.gazette.engine.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the engine, PID {@code org.gazette.engine}. */
@ObjectClassDefinition(name = "Gazette engine", description = "Worker pool, queues, limits and timeouts of the pipeline.")
public @interface EngineConfig {

    @AttributeDefinition(description = "Threads that fetch, parse and enrich items (1-64).")
    int workers() default 2;

    @AttributeDefinition(description = "Threads that run source polls (1-32).")
    int pollThreads() default 2;

    @AttributeDefinition(description = "Items admitted into the pipeline at once; sources wait when it is full (1-100000).")
    int queueCapacity() default 256;

    @AttributeDefinition(description = "Inline content admitted into the pipeline at once, e.g. 64MB.")
    String maxQueuedBytes() default "64MB";

    @AttributeDefinition(description = "Largest inline content of one item (and largest fetched body), e.g. 16MB.")
    String maxItemSize() default "16MB";

    @AttributeDefinition(description = "How long one poll may run before it is cancelled, e.g. 5m.")
    String pollTimeout() default "5m";

    @AttributeDefinition(description = "How long one fetch may run, e.g. 60s.")
    String fetchTimeout() default "60s";

    @AttributeDefinition(description = "How long one parse or enrich call may run, e.g. 30s.")
    String stageTimeout() default "30s";

    @AttributeDefinition(description = "How long one export batch may run, e.g. 60s.")
    String exportTimeout() default "60s";

    @AttributeDefinition(description = "Largest export batch (1-10000).")
    int exportBatchSize() default 100;

    @AttributeDefinition(description = "How long an exporter waits to fill a batch, e.g. 200ms.")
    String exportLinger() default "200ms";

    @AttributeDefinition(description = "Retries of a failed export batch (0-10).")
    int exportRetries() default 3;

    @AttributeDefinition(description = "How long an item waits for a missing parser or fetcher (start-up, a stage being replaced) before it fails, e.g. 30s.")
    String stageWait() default "30s";

    @AttributeDefinition(description = "How long stopping waits for items in the pipeline before spilling them to disk, e.g. 20s.")
    String shutdownTimeout() default "20s";

    @AttributeDefinition(description = "How long after a URL was fetched a source emitting it again makes the frontier fetch it again (conditionally), e.g. 1h; 0: at every emission.")
    String revisitAfter() default "1h";

    @AttributeDefinition(description = "URLs waiting in the frontier at once; sources wait when it is full (100-1000000).")
    int frontierCapacity() default 20000;

    @AttributeDefinition(description = "Fetches to one host at once (1-64); a fetched page being parsed or exported does not hold a slot, and the fetcher's politeness still applies.")
    int perHostInFlight() default 4;

    @AttributeDefinition(description = "Folder for source state, spilled items and failure records; empty: <gazette.home>/data.")
    String dataDir() default "";
}
