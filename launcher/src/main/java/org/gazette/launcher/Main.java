package org.gazette.launcher;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code bin/gazette}: starts the runtime, prints one line when it is ready, then runs the
 * console (on a terminal), waits (headless) or runs one command ({@code -c}).
 */
public final class Main {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gazette: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.println(Options.USAGE);
            return;
        }
        Path dist = distribution();
        Home home = new Home(dist, options.home() == null ? dist : options.home());
        boolean interactive = options.command() == null && System.console() != null;
        if (!interactive) {
            System.setProperty("org.jline.terminal.dumb", "true");
        }
        // one command: no background polls, so the command alone decides what runs
        Map<String, String> overrides = options.command() == null ? Map.of() : Map.of("gazette.scheduling", "off");
        Gazette gazette = Gazette.start(home, interactive, overrides);
        Thread hook = new Thread(() -> stopQuietly(gazette), "gazette-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ReadyReport report = gazette.awaitReady(READY_TIMEOUT);
        out.println(readyLine(report, home));
        report.problems().forEach(p -> out.println("  problem: " + p));
        if (options.command() != null) {
            int status = report.ready() ? 0 : 3;
            try {
                out.print(ensureNewline(gazette.execute(options.command())));
            } catch (Exception e) {
                System.err.println("gazette: " + options.command() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                status = 1;
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            stopQuietly(gazette);
            System.exit(status);
        }
        gazette.awaitStop();
    }

    static String readyLine(ReadyReport r, Home home) {
        String took = String.format("%.2f s", r.millis() / 1000.0);
        return r.ready()
                ? "Gazette ready in " + took + " (home " + home.home + ", drop bundles and .cfg files into " + home.home.resolve("deploy") + ")"
                : "Gazette NOT ready after " + took + ": " + r.problems().size() + " problem(s)";
    }

    private static String ensureNewline(String s) {
        return s.isEmpty() || s.endsWith("\n") ? s : s + System.lineSeparator();
    }

    private static void stopQuietly(Gazette gazette) {
        try {
            gazette.close();
        } catch (Exception e) {
            System.err.println("gazette: error while stopping: " + e);
        }
    }

    /** The distribution folder: -Dgazette.dist, else the parent of the lib/ folder holding this jar. */
    private static Path distribution() throws URISyntaxException {
        String explicit = System.getProperty("gazette.dist");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().getParent();
    }
}
