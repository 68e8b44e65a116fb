package org.gazette.console.impl;

import java.time.Duration;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.gazette.api.model.Article;
import org.gazette.api.model.StageResult;
import org.gazette.api.runtime.HostStatusDTO;
import org.gazette.api.runtime.ItemReportDTO;
import org.gazette.api.runtime.Pipeline;
import org.gazette.support.Durations;
import org.gazette.support.TextTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.GsonBuilder;

/** Operator commands about fetching: one URL through the pipeline, and the frontier per host. */
@Component(service = CrawlCommands.class, property = {
        "osgi.command.scope=gazette", "osgi.command.function=fetch", "osgi.command.function=frontier"})
public final class CrawlCommands {
    private static final int TEXT_PREVIEW = 600;
    private final Pipeline pipeline;

    @Activate
    public CrawlCommands(@Reference Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Descriptor("Fetch one URL through every stage now (bypassing the frontier's dedup and revisit time) and print the article and each stage's outcome")
    public String fetch(@Descriptor("how long to wait, e.g. 30s or 2m") @Parameter(names = {"-t", "--timeout"}, absentValue = "2m") String timeout,
            @Descriptor("print the whole article as JSON") @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("absolute URL") String url) throws InterruptedException {
        Duration wait = Durations.parse("--timeout", timeout);
        ItemReportDTO report = pipeline.fetch(url, wait.toMillis());
        StringBuilder sb = new StringBuilder();
        Article a = report.article;
        if (a == null) {
            sb.append("No article from ").append(report.normalisedUrl).append('\n');
        } else if (json) {
            sb.append(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(a)).append('\n');
        } else {
            sb.append(article(a));
        }
        TextTable t = new TextTable("STAGE", "NAME", "OUTCOME", "MS", "REASON");
        for (StageResult r : report.stages) {
            t.row(r.stage, r.name, r.outcome, r.micros / 1000.0, r.reason);
        }
        if (report.stages.isEmpty()) {
            sb.append("No stage finished within ").append(timeout).append(" (see gazette:frontier and gazette:status).\n");
        } else {
            sb.append('\n').append(t);
        }
        return sb.toString();
    }

    static String article(Article a) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Title", a.title);
        line(sb, "Kind", a.kind);
        line(sb, "URL", a.url);
        line(sb, "Canonical", a.canonicalUrl);
        line(sb, "Id", a.id);
        line(sb, "Authors", a.authors == null || a.authors.isEmpty() ? null : String.join("; ", a.authors));
        line(sb, "Published", a.published);
        line(sb, "Modified", a.modified);
        line(sb, "Language", a.language);
        line(sb, "Site", a.siteName);
        line(sb, "Section", a.section);
        line(sb, "Lead image", a.leadImage);
        if (a.text != null) {
            String text = a.text.length() > TEXT_PREVIEW ? a.text.substring(0, TEXT_PREVIEW) + " ... (" + a.text.length() + " characters; --json for all)" : a.text;
            sb.append('\n').append(text).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, Object value) {
        if (value != null) {
            sb.append(String.format("%-11s%s%n", label + ":", value));
        }
    }

    @Descriptor("Show the frontier per host: queued, due and in-flight URLs, readiness, and counters since start")
    public String frontier() {
        List<HostStatusDTO> hosts = pipeline.frontier();
        if (hosts.isEmpty()) {
            return "The frontier is empty.\n";
        }
        TextTable t = new TextTable("HOST", "QUEUED", "DUE", "IN FLIGHT", "READY IN", "FETCHED", "UNCHANGED", "FAILED");
        long queued = 0;
        long inFlight = 0;
        for (HostStatusDTO h : hosts) {
            t.row(h.host, h.queued, h.due, h.inFlight, h.readyInMillis == 0 ? "now" : h.readyInMillis + " ms", h.fetched, h.unchanged, h.failed);
            queued += h.queued;
            inFlight += h.inFlight;
        }
        return t + String.format("%d hosts, %d URLs queued, %d in flight%n", hosts.size(), queued, inFlight);
    }
}
