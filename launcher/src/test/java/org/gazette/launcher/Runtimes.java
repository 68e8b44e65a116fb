package org.gazette.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Helpers for tests that boot the real distribution (target/gazette) in this JVM on a temporary home. */
final class Runtimes {

    private Runtimes() {
    }

    static Path dist() {
        String d = System.getProperty("gazette.dist", "target/gazette");
        Path p = Path.of(d).toAbsolutePath();
        assertTrue(Files.isDirectory(p.resolve("system")), "the distribution is not built at " + p + " (run mvn verify)");
        return p;
    }

    /** Starts a runtime with the given features and a fast deploy/ scan. */
    static Gazette start(Path home, String features, String... more) throws Exception {
        System.setProperty("org.jline.terminal.dumb", "true");
        Map<String, String> props = new HashMap<>();
        props.put("gazette.features", features);
        props.put("felix.fileinstall.poll", "200");
        for (int i = 0; i < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        return Gazette.start(new Home(dist(), home), false, props);
    }

    /** Waits for a condition with a deadline; the message says what was awaited and what was last seen. */
    static <T> T await(String what, Duration deadline, Callable<T> probe, java.util.function.Predicate<T> done) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        T last = null;
        Exception lastError = null;
        while (System.nanoTime() < end) {
            try {
                last = probe.call();
                if (done.test(last)) {
                    return last;
                }
            } catch (Exception e) {
                lastError = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out after " + deadline.toSeconds() + " s waiting for " + what + "; last seen: " + last
                + (lastError == null ? "" : "; last error: " + lastError));
    }

    /** Every exported article of the home's out/ folder, one JSON object per line. */
    static List<JsonObject> exported(Path home) throws IOException {
        List<JsonObject> out = new ArrayList<>();
        Path dir = home.resolve("out");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        try (Reader r = new StringReader(line)) {
                            out.add(JsonParser.parseReader(r).getAsJsonObject());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Waits until at least {@code n} articles are exported and returns them. */
    static List<JsonObject> awaitExported(Path home, int n) throws Exception {
        return await(n + " exported articles", Duration.ofSeconds(30), () -> exported(home), l -> l.size() >= n);
    }

    static String log(Path home) throws IOException {
        Path f = home.resolve("log/gazette.log");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    static void writeCfg(Path file, String... lines) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, String.join("\n", lines) + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
