package org.gazette.console.impl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Outcome;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.StageResult;
import org.gazette.api.runtime.HostStatusDTO;
import org.gazette.api.runtime.ItemReportDTO;
import org.gazette.api.runtime.Pipeline;
import org.junit.jupiter.api.Test;

class CrawlCommandsTest {

    private static Pipeline pipeline(ItemReportDTO report, List<HostStatusDTO> hosts) {
        return (Pipeline) Proxy.newProxyInstance(Pipeline.class.getClassLoader(), new Class<?>[] {Pipeline.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "fetch" -> report;
                    case "frontier" -> hosts;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static StageResult stage(String stage, String name, Outcome outcome, String reason) {
        StageResult r = new StageResult();
        r.stage = stage;
        r.name = name;
        r.outcome = outcome;
        r.reason = reason;
        r.micros = 1500;
        return r;
    }

    @Test
    void fetchPrintsTheArticleAndEveryStage() throws Exception {
        ItemReportDTO report = new ItemReportDTO();
        report.url = "https://news.example/a";
        report.normalisedUrl = report.url;
        report.article = new Article();
        report.article.title = "Harbour reopens";
        report.article.kind = PageKind.ARTICLE;
        report.article.url = report.url;
        report.article.authors = List.of("Ana Lima");
        report.article.text = "The harbour reopened on Monday.";
        report.stages = List.of(stage("fetch", "gazette.fetch.http", Outcome.OK, null), stage("parse", "gazette.parse.html", Outcome.OK, null));
        String out = new CrawlCommands(pipeline(report, List.of())).fetch("2m", false, report.url);
        assertTrue(out.contains("Title:     Harbour reopens"), out);
        assertTrue(out.contains("Authors:   Ana Lima"), out);
        assertTrue(out.contains("The harbour reopened on Monday."), out);
        assertTrue(out.contains("gazette.fetch.http") && out.contains("gazette.parse.html"), out);
        String json = new CrawlCommands(pipeline(report, List.of())).fetch("2m", true, report.url);
        assertTrue(json.contains("\"title\": \"Harbour reopens\""), json);
    }

    @Test
    void aFailedFetchSaysSoWithTheReason() throws Exception {
        ItemReportDTO report = new ItemReportDTO();
        report.url = "https://news.example/private";
        report.normalisedUrl = report.url;
        report.stages = List.of(stage("fetch", "gazette.fetch.http", Outcome.SKIPPED, "robots.txt disallows /private"));
        String out = new CrawlCommands(pipeline(report, List.of())).fetch("2m", false, report.url);
        assertTrue(out.contains("No article from https://news.example/private"), out);
        assertTrue(out.contains("robots.txt disallows /private"), out);
    }

    @Test
    void frontierListsHostsWithTotals() {
        HostStatusDTO h = new HostStatusDTO();
        h.host = "news.example";
        h.queued = 12;
        h.due = 3;
        h.inFlight = 1;
        h.readyInMillis = 800;
        h.fetched = 40;
        String out = new CrawlCommands(pipeline(null, List.of(h))).frontier();
        assertTrue(out.contains("news.example") && out.contains("800 ms"), out);
        assertTrue(out.contains("1 hosts, 12 URLs queued, 1 in flight"), out);
        assertTrue(new CrawlCommands(pipeline(null, List.of())).frontier().contains("empty"));
    }
}
