package org.gazette.launcher;

import static org.gazette.launcher.Runtimes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What operators see when configurations, files or sources are bad: a named reason, and the rest goes on. */
class BadInputIT {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    @TempDir
    Path home;

    @Test
    void malformedConfigurationsKeepTheComponentDownAndStatusNamesTheProperty() throws Exception {
        try (Gazette g = Runtimes.start(home, "core, sources, export-json")) {
            assertTrue(g.awaitReady(DEADLINE).ready());
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.files-nofolder.cfg"), "gazette.source.interval = 5m");
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.files-badinterval.cfg"),
                    "folder = " + Files.createDirectories(home.resolve("x")), "gazette.source.interval = every now and then");

            String status = await("both problems in status", DEADLINE, () -> g.execute("gazette:status"),
                    s -> s.contains("nofolder") && s.contains("badinterval"));
            assertTrue(status.contains("invalid configuration property 'folder'"), status);
            assertTrue(status.contains("invalid configuration property 'gazette.source.interval'"), status);
            String sources = g.execute("gazette:sources");
            assertTrue(!sources.contains("nofolder") && !sources.contains("badinterval"), sources);
            await("the log names the property", DEADLINE, () -> Runtimes.log(home), l -> l.contains("invalid configuration property 'folder'"));
        }
    }

    @Test
    void binaryAndUnreadableFilesFailAloneWithAReason() throws Exception {
        Path dir = Files.createDirectories(home.resolve("mixed"));
        Files.writeString(dir.resolve("good.txt"), "Bridge reopens after repairs\n\nThe old bridge reopened on Friday after six months of repairs.\n");
        Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("missing-target.html"));
        try (Gazette g = Runtimes.start(home, "core, sources, export-json")) {
            assertTrue(g.awaitReady(DEADLINE).ready());
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.files-mixed.cfg"), "folder = " + dir, "gazette.source.interval = 0");
            await("source listed", DEADLINE, () -> g.execute("gazette:sources"), s -> s.contains("mixed"));
            String run = g.execute("gazette:run mixed");
            assertTrue(run.contains("1 ok"), run);
            assertTrue(run.contains("image.html") && run.contains("binary"), run);
            assertTrue(run.contains("gone.html"), run);
            assertEquals(1, Runtimes.exported(home).size());
        }
    }

    @Test
    void aSourceFailingOnEveryPollIsReportedAndOthersKeepRunning() throws Exception {
        Path vanishing = Files.createDirectories(home.resolve("vanishing"));
        Path steady = Files.createDirectories(home.resolve("steady"));
        try (Gazette g = Runtimes.start(home, "core, sources, export-json")) {
            assertTrue(g.awaitReady(DEADLINE).ready());
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.files-vanishing.cfg"), "folder = " + vanishing, "gazette.source.interval = 1s");
            Runtimes.writeCfg(home.resolve("deploy/org.gazette.source.files-steady.cfg"), "folder = " + steady, "gazette.source.interval = 1s");
            await("both sources listed", DEADLINE, () -> g.execute("gazette:sources"), s -> s.contains("vanishing") && s.contains("steady"));
            Files.delete(vanishing);
            await("repeated poll errors reported", DEADLINE, () -> g.execute("gazette:sources"),
                    s -> s.lines().anyMatch(l -> l.startsWith("vanishing") && l.contains("the configured folder is missing")));
            Files.writeString(steady.resolve("later.txt"), "Market hall gets new roof\n\nWork on the market hall roof starts in May, traders were told.\n");
            assertEquals("Market hall gets new roof", Runtimes.awaitExported(home, 1).get(0).get("title").getAsString());
            String errors = g.execute("gazette:sources");
            assertTrue(errors.lines().anyMatch(l -> l.startsWith("steady") && l.contains("idle")), errors);
        }
    }
}
