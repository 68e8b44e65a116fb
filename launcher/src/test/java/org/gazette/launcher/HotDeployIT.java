package org.gazette.launcher;

import static org.gazette.launcher.Runtimes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Adds and removes stages while the runtime runs, through FileInstall on deploy/: a source bundle
 * jar, and a folder source by configuration file (added, edited, removed). No restart.
 */
class HotDeployIT {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    @TempDir
    Path home;

    @Test
    void aSourceBundleDroppedIntoDeployIsExportedAndLeavesCleanlyWhenDeleted() throws Exception {
        try (Gazette g = Runtimes.start(home, "core, export-json")) {
            assertTrue(g.awaitReady(DEADLINE).ready());
            assertFalse(g.execute("gazette:sources").contains("example"));

            Path jar = home.resolve("deploy/gazette.example.source.jar");
            long dropped = System.nanoTime();
            Files.copy(Runtimes.dist().resolve("repository/gazette.example.source-0.1.0-SNAPSHOT.jar"), jar);
            List<JsonObject> articles = Runtimes.awaitExported(home, 3);
            long latencyMillis = (System.nanoTime() - dropped) / 1_000_000;
            System.out.println("hot-add latency, jar dropped to 3 articles exported: " + latencyMillis + " ms");
            assertEquals(3, articles.size());
            assertTrue(articles.stream().allMatch(a -> a.get("sourceId").getAsString().equals("example")));
            assertTrue(g.execute("gazette:sources").contains("example"));

            Files.delete(jar);
            await("example source gone", DEADLINE, () -> g.execute("gazette:sources"), s -> !s.contains("example"));
            String status = g.execute("gazette:status");
            assertTrue(status.contains("0 queued, 0 in flight, 0 held (no exporter), 0 waiting"), status);
            assertTrue(status.contains("3 ok") && status.contains("0 failed"), status);
            assertEquals(3, Runtimes.exported(home).size(), "nothing lost, nothing duplicated");
            assertFalse(Runtimes.log(home).contains("Exception"), Runtimes.log(home));
        }
    }

    @Test
    void aFolderSourceIsAddedEditedAndRemovedByConfigurationFile() throws Exception {
        Path a = Files.createDirectories(home.resolve("feed-a"));
        Path b = Files.createDirectories(home.resolve("feed-b"));
        Files.writeString(a.resolve("one.txt"), "Harbour ferry timetable changes\n\nBy Ann Reed\n\nThe harbour ferry will run every twenty minutes from Monday, the operator said.\n");
        Files.writeString(b.resolve("two.txt"), "Library extends opening hours\n\nThe central library will open on Sundays from next month, the council announced.\n");
        try (Gazette g = Runtimes.start(home, "core, sources, export-json")) {
            assertTrue(g.awaitReady(DEADLINE).ready());
            Path cfg = home.resolve("deploy/org.gazette.source.files-local.cfg");

            Runtimes.writeCfg(cfg, "folder = " + a, "gazette.source.interval = 1h");
            await("source 'local' listed", DEADLINE, () -> g.execute("gazette:sources"), s -> s.contains("local") && s.contains("3600s"));
            assertEquals("Harbour ferry timetable changes", Runtimes.awaitExported(home, 1).get(0).get("title").getAsString());

            Runtimes.writeCfg(cfg, "folder = " + b, "gazette.source.interval = 2h");
            await("new interval in effect", DEADLINE, () -> g.execute("gazette:sources"), s -> s.contains("7200s"));
            List<JsonObject> both = Runtimes.awaitExported(home, 2);
            assertEquals("Library extends opening hours", both.get(1).get("title").getAsString());

            Files.delete(cfg);
            await("source 'local' gone", DEADLINE, () -> g.execute("gazette:sources"), s -> !s.contains("local"));
        }
    }
}
