package org.gazette.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start script as operators and scripts use it: -c, exit status, the ready line, SIGTERM. */
class ScriptIT {
    @TempDir
    Path home;

    private Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", Runtimes.dist().resolve("bin/gazette").toString(), "--home", home.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return pb.start();
    }

    private static String read(java.io.InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void dashCRunsOneCommandAfterTheReadyLineAndExitsWithItsStatus() throws Exception {
        Process p = start("-c", "gazette:run sample");
        String out = read(p.getInputStream());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + read(p.getErrorStream()));
        assertTrue(out.startsWith("Gazette ready in "), out);
        assertTrue(out.contains("sample: ") && out.contains(" ok"), out);

        Process bad = start("-c", "gazette:run no-such-source");
        String badOut = read(bad.getInputStream());
        String badErr = read(bad.getErrorStream());
        assertTrue(bad.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, bad.exitValue(), badOut + badErr);
        assertTrue(badErr.contains("no source with id 'no-such-source'"), badErr);
    }

    @Test
    void sigtermStopsTheRuntimeCleanly() throws Exception {
        Process p = start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = r.readLine();
        assertTrue(first != null && first.startsWith("Gazette ready in "), String.valueOf(first));
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after SIGTERM");
        String log = Runtimes.log(home);
        assertTrue(log.contains("engine stopped"), log);
    }
}
