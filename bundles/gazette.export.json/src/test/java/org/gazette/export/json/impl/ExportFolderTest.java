package org.gazette.export.json.impl;

import static org.gazette.export.json.impl.TestSupport.config;
import static org.gazette.export.json.impl.TestSupport.logger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the exporter finds in its folder: earlier exports, torn lines, unreadable lines; file names. */
class ExportFolderTest extends ExporterFixture {

    @Test
    void aNewInstanceOverTheSameFolderStillDeduplicates() throws Exception {
        JsonLinesExporter first = exporter();
        first.export(List.of(article("a1", "Title"), article("a2", "Other")));
        first.deactivate();
        JsonLinesExporter second = exporter();
        assertEquals(2, second.knownArticles());
        second.export(List.of(article("a1", "Title"), article("a2", "Other"), article("a3", "New")));
        assertEquals(3, lines().size());
        assertTrue(lines().get(2).startsWith("{\"id\":\"a3\","));
    }

    @Test
    void aHalfWrittenLineIsRepairedAtActivation() throws Exception {
        exporter().export(List.of(article("a1", "Title")));
        String whole = Files.readString(file());
        String half = "{\"id\":\"a2\",\"title\":\"Cut sh";
        Files.writeString(file(), whole + half);
        List<String> log = new ArrayList<>();
        JsonLinesExporter exporter = new JsonLinesExporter(config(folder), logger(log), CLOCK);
        opened.add(exporter);
        assertEquals(half.length(), exporter.repairedBytes());
        assertEquals(whole, Files.readString(file()));
        assertEquals(0, exporter.malformedLines());
        assertEquals(1, exporter.knownArticles());
        assertTrue(log.get(0).startsWith("warn: {}: removed {} bytes of an incomplete last line"), log.get(0));
        exporter.export(List.of(article("a2", "Whole")));
        assertEquals(2, lines().size());
    }

    @Test
    void unreadableLinesAreCountedAndSkipped() throws Exception {
        Files.writeString(folder.resolve("older.jsonl"), "not json\n{\"id\":\"x1\",\"contentHash\":\"00\"}\n[1,2]\n"
                + "{\"title\":\"no id\"}\n\n{\"id\":\"x2\"} trailing\n");
        JsonLinesExporter exporter = exporter();
        assertEquals(4, exporter.malformedLines());
        assertEquals(1, exporter.knownArticles());
    }

    @Test
    void theFileNameTakesTheUtcDateOfTheWrite() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2023-09-15T00:00:01Z"), ZoneOffset.UTC);
        JsonLinesExporter exporter = new JsonLinesExporter(config(folder.toString(), "news-{date}.jsonl", false),
                logger(), later);
        opened.add(exporter);
        exporter.export(List.of(article("a1", "Title")));
        assertTrue(Files.exists(folder.resolve("news-2023-09-15.jsonl")));
    }
}
