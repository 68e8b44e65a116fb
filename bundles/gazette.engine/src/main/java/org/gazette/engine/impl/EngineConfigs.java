package org.gazette.engine.impl;

import java.nio.file.Path;

import org.gazette.support.Durations;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.Sizes;

/** Checks an {@link EngineConfig} and turns it into {@link EngineSettings}. */
final class EngineConfigs {

    private EngineConfigs() {
    }

    static EngineSettings settings(EngineConfig c, Path defaultDataDir, boolean scheduling) {
        return new EngineSettings(
                range("workers", c.workers(), 1, 64),
                range("pollThreads", c.pollThreads(), 1, 32),
                range("queueCapacity", c.queueCapacity(), 1, 100_000),
                Sizes.parse("maxQueuedBytes", c.maxQueuedBytes()),
                Sizes.parse("maxItemSize", c.maxItemSize()),
                positive("pollTimeout", c.pollTimeout()),
                positive("fetchTimeout", c.fetchTimeout()),
                positive("stageTimeout", c.stageTimeout()),
                positive("exportTimeout", c.exportTimeout()),
                range("exportBatchSize", c.exportBatchSize(), 1, 10_000),
                Durations.parse("exportLinger", c.exportLinger()),
                range("exportRetries", c.exportRetries(), 0, 10),
                Durations.parse("stageWait", c.stageWait()),
                Durations.parse("shutdownTimeout", c.shutdownTimeout()),
                c.dataDir().isBlank() ? defaultDataDir : Path.of(c.dataDir().trim()),
                Durations.parse("revisitAfter", c.revisitAfter()),
                range("frontierCapacity", c.frontierCapacity(), 100, 1_000_000),
                range("perHostInFlight", c.perHostInFlight(), 1, 64),
                scheduling);
    }

    private static int range(String property, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidPropertyException(property, value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static java.time.Duration positive(String property, String value) {
        java.time.Duration d = Durations.parse(property, value);
        if (d.isZero()) {
            throw new InvalidPropertyException(property, "must be greater than zero");
        }
        return d;
    }
}
