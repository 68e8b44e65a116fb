package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.gazette.api.state.UrlState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCommandTest {
    @TempDir
    Path home;

    @Test
    void printsTheLocationAndTheCountPerState() {
        try (JdbcStateStore store = JdbcStateStore.open(StoreSettings.of("", "", "", home, 2, "10s", "10s", "30s"))) {
            store.saveUrl(Records.queued("a", 0));
            store.saveUrl(Records.queued("b", 1));
            store.saveUrl(Records.record("c", UrlState.FAILED, 2));
            assertEquals("Location: " + store.location() + "\n"
                    + "STATE    URLS\n"
                    + "QUEUED   2\n"
                    + "DONE     0\n"
                    + "SKIPPED  0\n"
                    + "FAILED   1\n"
                    + "TOTAL    3\n", new StateCommand(store).state());
        }
    }
}
