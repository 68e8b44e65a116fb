package org.gazette.source.pagelist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageListSourceConfigTest {

    @TempDir
    Path dir;

    private static InvalidPropertyException invalid(PageListSource.Config config) {
        return assertThrows(InvalidPropertyException.class, () -> new PageListSource(config));
    }

    @Test
    void exactlyOneOfFileAndUrl() throws IOException {
        Path list = Files.writeString(dir.resolve("l.txt"), "");
        assertEquals("invalid configuration property 'file': is required (or url): the list of URLs to read",
                invalid(TestConfig.file(" ")).getMessage());
        assertEquals("invalid configuration property 'url': set either file or url, not both",
                invalid(TestConfig.file(list.toString(), "url", "https://a.example/l.txt")).getMessage());
    }

    @Test
    void theFileMustExistAndBeAFile() {
        assertEquals("invalid configuration property 'file': '" + dir.resolve("none.txt") + "' does not exist",
                invalid(TestConfig.file(dir.resolve("none.txt").toString())).getMessage());
        assertEquals("invalid configuration property 'file': '" + dir + "' is not a file",
                invalid(TestConfig.file(dir.toString())).getMessage());
    }

    @Test
    void theUrlMustBeHttpHttpsOrFile() {
        assertEquals("invalid configuration property 'url': 'gopher://a.example/l' is not an http, https or file URL",
                invalid(TestConfig.url("gopher://a.example/l")).getMessage());
        assertEquals("url", invalid(TestConfig.url("https:///l.txt")).property());
        assertEquals("url", invalid(TestConfig.url("https://a b/")).property());
    }

    @Test
    void limitsAndDurationsAreChecked() throws IOException {
        String list = Files.writeString(dir.resolve("l.txt"), "").toString();
        assertEquals("gazette.source.interval", invalid(TestConfig.file(list, "gazette.source.interval", "hourly")).property());
        assertEquals("gazette.source.maxItems", invalid(TestConfig.file(list, "gazette.source.maxItems", -1)).property());
        assertEquals("maxBytes", invalid(TestConfig.file(list, "maxBytes", "3TB")).property());
        assertEquals("timeout", invalid(TestConfig.file(list, "timeout", "0")).property());
        new PageListSource(TestConfig.file(list));
        new PageListSource(TestConfig.url("https://a.example/l.txt", "gazette.source.interval", "1h", "gazette.source.maxItems", 100));
    }
}
