package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.gazette.api.state.KeyValue;
import org.gazette.api.state.UrlState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash: a child JVM writes to the embedded store and is killed ({@code destroyForcibly}, SIGKILL)
 * in the middle of its writes. Reopened, the store must hold every write the child had acknowledged.
 */
class H2CrashTest {
    static final int ACKS_BEFORE_KILL = 300;
    static final long DEADLINE_MILLIS = 60_000;

    @TempDir
    Path home;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Set<String> acked = ConcurrentHashMap.newKeySet();
        Path errors = home.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                CrashWriter.class.getName(), home.toString()))
                .redirectError(errors.toFile()).start();
        Thread reader = new Thread(() -> readAcks(child, acked), "child-stdout");
        reader.start();
        try {
            long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
            while (acked.size() < ACKS_BEFORE_KILL) {
                if (!child.isAlive() || System.currentTimeMillis() > deadline) {
                    fail("the child wrote " + acked.size() + " records, alive: " + child.isAlive() + "; its errors: "
                            + Files.readString(errors));
                }
                reader.join(10); // a short wait for more output, bounded by the deadline above
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        reader.join(TimeUnit.SECONDS.toMillis(30)); // the lines still in the pipe were acknowledged too
        assertTrue(acked.size() >= ACKS_BEFORE_KILL);

        try (JdbcStateStore store = JdbcStateStore.open(
                StoreSettings.of("", "", "", home, 4, "10s", "10s", "30s"))) {
            KeyValue kv = store.namespace("crash");
            for (String id : acked) {
                assertNotNull(store.url("https://news.example/" + id), "URL record " + id + " was acknowledged but is lost");
                assertEquals("value " + id, kv.get(id), "entry " + id + " was acknowledged but is lost");
            }
            long stored = store.countUrls()[UrlState.QUEUED.ordinal()];
            // more may be stored: a write can return just before the kill, with its ack never printed
            assertTrue(stored >= acked.size(), acked.size() + " acknowledged, " + stored + " stored");
        }
    }

    private static void readAcks(Process child, Set<String> acked) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acked.add(line.substring(4));
                }
            }
        } catch (IOException e) {
            // the pipe broke when the child was killed: what was read is what was acknowledged
        }
    }
}
