package org.gazette.console.impl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.gazette.api.runtime.ItemFailureDTO;
import org.gazette.api.runtime.Pipeline;
import org.gazette.api.runtime.PipelineStatusDTO;
import org.gazette.api.runtime.Readiness;
import org.gazette.api.runtime.RunSummaryDTO;
import org.gazette.api.runtime.SourceStatusDTO;
import org.gazette.api.runtime.StageStatusDTO;
import org.gazette.support.Durations;
import org.gazette.support.TextTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Operator commands over the {@link Pipeline}: what sources exist, run one now, pause, resume, status. */
@Component(service = PipelineCommands.class, property = {
        "osgi.command.scope=gazette",
        "osgi.command.function=sources", "osgi.command.function=run", "osgi.command.function=status",
        "osgi.command.function=pause", "osgi.command.function=resume", "osgi.command.function=help"})
public final class PipelineCommands {
    private static final int RECENT_FAILURES = 10;
    private final Pipeline pipeline;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Readiness readiness;

    @Activate
    public PipelineCommands(@Reference Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Descriptor("List the gazette commands")
    public String help() {
        return new TextTable("COMMAND", "WHAT IT DOES")
                .row("sources", "every source: kind, state, interval, last and next run, poll and item counts, last error")
                .row("run [--timeout 5m] [ID...]", "poll the sources now (all when no id), wait for their items, sum up")
                .row("status", "queues, per-stage counters and errors, configuration problems, recent failures")
                .row("pause ID / resume ID", "stop or restart the scheduled polls of a source")
                .row("extract [--out F.jsonl] [--url U] FILE|DIR...", "parse local .html, .htm, .html.gz, .txt files into JSON lines (export-json feature)")
                .row("fetch [--timeout 2m] [--json] URL", "fetch one URL through every stage now; print the article and each stage's outcome")
                .row("frontier", "URLs queued, due and in flight per host, fetched, unchanged and failed since start")
                .row("robots HOST [PATH]", "the robots.txt rules the fetcher holds for a host (web feature)")
                .row("state", "where the durable state lives and how many URLs it knows in each state")
                .row("tag [--json] [--file F] [--date D] TEXT|FILE", "tag a text or a UTF-8 file now: mentions and entities, as tables or JSON (entities feature)")
                .row("entities [--type T] [--top N]", "the registry's entities, most mentioned first, with aliases")
                .row("entity [--limit N] ID|NAME", "one entity: name, type, aliases, first/last seen, the latest articles naming it")
                .row("features", "the features and whether they are installed")
                .row("feature-install NAME", "install a feature's bundles and default configuration")
                .row("feature-uninstall NAME", "remove a feature's bundles and default configuration")
                + "Use 'help gazette:COMMAND' for parameters, and felix:help for every other command.\n";
    }

    @Descriptor("List every source with its schedule and counters")
    public String sources() {
        List<SourceStatusDTO> all = pipeline.sources();
        if (all.isEmpty()) {
            return "No sources. Drop a configuration such as org.gazette.source.files-NAME.cfg into deploy/.\n";
        }
        TextTable t = new TextTable("ID", "KIND", "STATE", "EVERY", "LAST RUN", "NEXT RUN", "POLLS", "POLL ERRORS", "NEW (LAST)", "EMITTED",
                "OK", "SKIPPED", "FAILED", "LAST ERROR");
        for (SourceStatusDTO s : all) {
            t.row(s.id, s.kind, s.state, every(s), s.lastRun, s.nextRun, s.polls, s.pollErrors, s.newItems + " (" + s.lastNewItems + ")",
                    s.emitted, s.ok, s.skipped, s.failed, s.problem != null ? s.problem : s.lastError);
        }
        return t.toString();
    }

    private static String every(SourceStatusDTO s) {
        if (s.intervalSeconds == 0) {
            return "on demand";
        }
        return s.currentIntervalSeconds != 0 && s.currentIntervalSeconds != s.intervalSeconds
                ? s.intervalSeconds + "s (now " + s.currentIntervalSeconds + "s)" : s.intervalSeconds + "s";
    }

    @Descriptor("Poll sources now and wait until their items have passed every stage")
    public String run(@Descriptor("how long to wait, e.g. 30s or 5m") @Parameter(names = {"-t", "--timeout"}, absentValue = "5m") String timeout,
            @Descriptor("source ids; none: every source") String... ids) throws InterruptedException {
        Duration wait = Durations.parse("--timeout", timeout);
        List<String> targets = new ArrayList<>(List.of(ids));
        if (targets.isEmpty()) {
            pipeline.sources().stream().filter(s -> s.problem == null).forEach(s -> targets.add(s.id));
        }
        if (targets.isEmpty()) {
            return "No sources to run.\n";
        }
        StringBuilder sb = new StringBuilder();
        for (String id : targets) {
            sb.append(summary(pipeline.run(id, wait.toMillis())));
        }
        return sb.toString();
    }

    @Descriptor("Stop the scheduled polls of a source (run still works)")
    public String pause(@Descriptor("source id") String id) {
        pipeline.pause(id);
        return "Paused " + id + ".\n";
    }

    @Descriptor("Schedule a paused source again")
    public String resume(@Descriptor("source id") String id) {
        pipeline.resume(id);
        return "Resumed " + id + ".\n";
    }

    @Descriptor("Show queues, per-stage counters and errors, configuration problems and recent failures")
    public String status() {
        PipelineStatusDTO p = pipeline.status();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Pipeline: %d queued, %d in flight, %d held (no exporter), %d waiting for a stage; since start: %d emitted, %d ok, %d skipped, %d failed%n",
                p.queued, p.inFlight, p.held, p.waiting, p.emitted, p.ok, p.skipped, p.failed));
        TextTable t = new TextTable("STAGE", "NAME", "ACTIVE", "OK", "SKIPPED", "FAILED", "MEAN", "LAST ERROR");
        for (StageStatusDTO s : p.stages) {
            t.row(s.stage, s.name, s.active ? "yes" : "no", s.ok, s.skipped, s.failed, s.meanMicros / 1000.0 + " ms", s.lastError);
        }
        sb.append('\n').append(t);
        Readiness r = readiness;
        List<String> problems = r == null ? List.of() : r.problems();
        sb.append('\n').append(problems.isEmpty() ? "No configuration problems.\n" : "Problems:\n");
        problems.forEach(x -> sb.append("  ").append(x).append('\n'));
        List<ItemFailureDTO> recent = p.recentFailures;
        if (!recent.isEmpty()) {
            sb.append("\nRecent failures (newest first):\n");
            recent.stream().limit(RECENT_FAILURES).forEach(f -> sb.append("  ").append(failure(f)).append('\n'));
        }
        return sb.toString();
    }

    static String summary(RunSummaryDTO r) {
        StringBuilder sb = new StringBuilder(String.format("%s: %d emitted, %d ok, %d skipped, %d failed, %d rejected, %d pending in %d ms%n",
                r.sourceId, r.emitted, r.ok, r.skipped, r.failed, r.rejected, r.pending, r.millis));
        if (r.pollError != null) {
            sb.append("  poll failed: ").append(r.pollError).append('\n');
        }
        r.failures.forEach(f -> sb.append("  ").append(failure(f)).append('\n'));
        return sb.toString();
    }

    private static String failure(ItemFailureDTO f) {
        return String.format("%s %s %s [%s]: %s", f.at, f.stage.toUpperCase(java.util.Locale.ROOT), f.url, f.name, f.reason);
    }
}
