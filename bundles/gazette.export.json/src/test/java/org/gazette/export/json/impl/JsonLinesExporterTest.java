package org.gazette.export.json.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** Line format, idempotence and batches. */
class JsonLinesExporterTest extends ExporterFixture {

    @Test
    void lineHasTheArticleFieldsInOrderAndTheContentHash() throws Exception {
        exporter().export(List.of(article("a1", "Caf\u00e9 \u00fcber \u0627\u0644\u0639\u0631\u0628\u064a\u0629")));
        String canonical = "{\"authors\":[\"Jane Doe\"],\"id\":\"a1\",\"kind\":\"ARTICLE\","
                + "\"metadata\":{\"a\":\"first\",\"z\":\"last\"},\"sourceId\":\"riverside\","
                + "\"text\":\"First.\\n\\nSecond \\\"quoted\\\".\","
                + "\"title\":\"Caf\u00e9 \u00fcber \u0627\u0644\u0639\u0631\u0628\u064a\u0629\","
                + "\"url\":\"https://x.example/a?b=1&c=<2>\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        String hash = HexFormat.of().formatHex(digest, 0, 16);
        assertEquals(List.of("{\"id\":\"a1\",\"sourceId\":\"riverside\",\"url\":\"https://x.example/a?b=1&c=<2>\","
                + "\"kind\":\"ARTICLE\",\"title\":\"Caf\u00e9 \u00fcber \u0627\u0644\u0639\u0631\u0628\u064a\u0629\","
                + "\"authors\":[\"Jane Doe\"],\"text\":\"First.\\n\\nSecond \\\"quoted\\\".\","
                + "\"metadata\":{\"z\":\"last\",\"a\":\"first\"},\"fetched\":\"2023-09-14T10:00:00Z\","
                + "\"stages\":[{\"stage\":\"parse\",\"name\":\"html\",\"outcome\":\"OK\",\"micros\":12}],"
                + "\"contentHash\":\"" + hash + "\"}"), lines());
    }

    @Test
    void nonAsciiIsWrittenAsUtf8NotEscaped() throws Exception {
        exporter().export(List.of(article("a1", "\u00e9 \u00fc \u0627\u0644\u0639\u0631\u0628\u064a\u0629")));
        byte[] bytes = Files.readAllBytes(file());
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"title\":\"\u00e9 \u00fc \u0627\u0644\u0639\u0631\u0628\u064a\u0629\""));
        assertFalse(raw.contains("\\u"));
        assertEquals('\n', raw.charAt(raw.length() - 1));
        assertEquals(1, raw.split("\n").length);
    }

    @Test
    void reExportingTheSameContentWritesNothing() throws Exception {
        JsonLinesExporter exporter = exporter();
        exporter.export(List.of(article("a1", "Title")));
        long size = Files.size(file());
        Article again = article("a1", "Title");
        again.fetched = "2023-09-15T08:00:00Z";
        again.stages = List.of();
        exporter.export(List.of(again, article("a1", "Title")));
        assertEquals(size, Files.size(file()));
    }

    @Test
    void aChangedArticleIsAppendedOnce() throws Exception {
        JsonLinesExporter exporter = exporter();
        exporter.export(List.of(article("a1", "Title")));
        exporter.export(List.of(article("a1", "Corrected title")));
        exporter.export(List.of(article("a1", "Corrected title")));
        List<String> lines = lines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("\"title\":\"Corrected title\""));
        assertEquals(1, exporter.knownArticles());
    }

    @Test
    void aBatchOfAThousandArticlesIsAThousandLines() throws Exception {
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(article("id-" + i, "Title " + i));
        }
        exporter().export(batch);
        List<String> lines = lines();
        assertEquals(1000, lines.size());
        assertTrue(lines.get(999).startsWith("{\"id\":\"id-999\","));
    }

    @Test
    void anArticleWithoutIdFailsTheBatchBeforeAnythingIsWritten() throws Exception {
        JsonLinesExporter exporter = exporter();
        assertThrows(IllegalArgumentException.class,
                () -> exporter.export(List.of(article("a1", "Title"), article(null, "No id"))));
        assertFalse(Files.exists(file()));
    }

}
