package org.gazette.export.json.impl;

import static org.gazette.export.json.impl.TestSupport.config;
import static org.gazette.export.json.impl.TestSupport.logger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Outcome;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.StageResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A temporary export folder, exporters over it that are deactivated after each test, and articles. */
abstract class ExporterFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-14T23:59:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    final List<JsonLinesExporter> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (JsonLinesExporter exporter : opened) {
            exporter.deactivate();
        }
    }

    JsonLinesExporter exporter() throws Exception {
        JsonLinesExporter exporter = new JsonLinesExporter(config(folder), logger(), CLOCK);
        opened.add(exporter);
        return exporter;
    }

    Path file() {
        return folder.resolve("articles-2023-09-14.jsonl");
    }

    List<String> lines() throws Exception {
        return Files.readAllLines(file(), StandardCharsets.UTF_8);
    }

    static Article article(String id, String title) {
        Article a = new Article();
        a.id = id;
        a.sourceId = "riverside";
        a.url = "https://x.example/a?b=1&c=<2>";
        a.kind = PageKind.ARTICLE;
        a.title = title;
        a.authors = List.of("Jane Doe");
        a.text = "First.\n\nSecond \"quoted\".";
        a.metadata = new LinkedHashMap<>();
        a.metadata.put("z", "last");
        a.metadata.put("a", "first");
        a.fetched = "2023-09-14T10:00:00Z";
        StageResult parse = new StageResult();
        parse.stage = "parse";
        parse.name = "html";
        parse.outcome = Outcome.OK;
        parse.micros = 12;
        a.stages = List.of(parse);
        return a;
    }
}
