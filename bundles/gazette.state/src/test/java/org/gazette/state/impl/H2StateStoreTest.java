package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract against the embedded H2 store, in a temporary Gazette home. */
class H2StateStoreTest extends StateStoreContract {
    @TempDir
    Path home;

    @Override
    protected StoreSettings settings() {
        return StoreSettings.of("", "", "", home, 4, "10s", "10s", "30s");
    }

    @Test
    void theDatabaseIsAFileUnderTheHome() {
        Path file = home.toAbsolutePath().resolve("data/state/gazette");
        assertEquals("h2:" + file, store.location());
        store.saveUrl(Records.queued("a", 0));
        assertTrue(Files.isRegularFile(Path.of(file + ".mv.db")));
    }
}
