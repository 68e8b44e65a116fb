package org.gazette.export.json.impl;

import static org.gazette.export.json.impl.TestSupport.config;
import static org.gazette.export.json.impl.TestSupport.logger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    private String invalid(String folderValue, String fileName) {
        return assertThrows(InvalidPropertyException.class,
                () -> new JsonLinesExporter(config(folderValue, fileName, true), logger(), Clock.systemUTC()))
                .property();
    }

    @Test
    void folderIsRequired() {
        assertEquals("folder", invalid(" ", "articles.jsonl"));
        assertEquals("folder", invalid(null, "articles.jsonl"));
    }

    @Test
    void folderMustNotBeAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("plain.txt"), "x");
        assertEquals("folder", invalid(file.toString(), "articles.jsonl"));
        assertEquals("folder", invalid(file.resolve("sub").toString(), "articles.jsonl"));
    }

    @Test
    void missingFolderIsCreated() throws Exception {
        Path nested = folder.resolve("a/b");
        new JsonLinesExporter(config(nested.toString(), "articles.jsonl", true), logger(), Clock.systemUTC())
                .deactivate();
        assertTrue(Files.isDirectory(nested));
    }

    @Test
    void fileNameMustBeAPlainJsonlName() {
        String dir = folder.toString();
        assertEquals("fileName", invalid(dir, "sub/articles.jsonl"));
        assertEquals("fileName", invalid(dir, "..\\articles.jsonl"));
        assertEquals("fileName", invalid(dir, "articles.json"));
        assertEquals("fileName", invalid(dir, ""));
        assertEquals("fileName", invalid(dir, "articles-{time}.jsonl"));
    }
}
