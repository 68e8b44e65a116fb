package org.gazette.source.files.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceConfigTest {

    @TempDir
    Path folder;

    @Test
    void acceptsTheDefaults() {
        new FolderSource(TestConfig.of(folder));
    }

    @Test
    void requiresAFolder() {
        assertEquals("invalid configuration property 'folder': is required: the directory to read",
                invalid("folder", TestConfig.of(folder, "folder", " ")).getMessage());
        invalid("folder", TestConfig.of(folder, "folder", null));
    }

    @Test
    void requiresAnExistingFolder() {
        Path missing = folder.resolve("missing");
        assertEquals("invalid configuration property 'folder': '" + missing + "' does not exist",
                invalid("folder", TestConfig.of(missing)).getMessage());
    }

    @Test
    void refusesAFileAsFolder() throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"), "x");
        assertEquals("invalid configuration property 'folder': '" + file + "' is not a directory",
                invalid("folder", TestConfig.of(file)).getMessage());
    }

    @Test
    void refusesABadInterval() {
        invalid("gazette.source.interval", TestConfig.of(folder, "gazette.source.interval", "soon"));
    }

    @Test
    void refusesABadMaxFileSize() {
        invalid("maxFileSize", TestConfig.of(folder, "maxFileSize", "0"));
        invalid("maxFileSize", TestConfig.of(folder, "maxFileSize", "big"));
        assertEquals("invalid configuration property 'maxFileSize': '2GB' is more than 1GB (files are read into memory)",
                invalid("maxFileSize", TestConfig.of(folder, "maxFileSize", "2GB")).getMessage());
    }

    @Test
    void refusesEmptyOrPathIncludePatterns() {
        invalid("include", TestConfig.of(folder, "include", new String[] {}));
        invalid("include", TestConfig.of(folder, "include", new String[] {" "}));
        invalid("include", TestConfig.of(folder, "include", new String[] {"news/*.html"}));
        invalid("include", TestConfig.of(folder, "include", new String[] {"*.{html"}));
    }

    private static InvalidPropertyException invalid(String property, FolderSource.Config config) {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> new FolderSource(config));
        assertEquals(property, e.property());
        return e;
    }
}
