package org.gazette.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {

    @TempDir
    Path temp;

    @Test
    void defaults() {
        Options o = Options.parse();
        assertNull(o.data());
        assertEquals(List.of("gazette", "readability"), o.extractors());
        assertEquals(20, o.worst());
        assertNull(o.json());
        assertEquals(0, o.limit());
        assertTrue(o.ids().isEmpty());
    }

    @Test
    void everyOption() {
        Options o = Options.parse("--data", "/d", "--extractor", "readability", "--worst", "5", "--json", "/tmp/r.json",
                "--limit", "7", "--ids", "0001, 0002,", "--timeout", "9");
        assertEquals(Path.of("/d"), o.data());
        assertEquals(List.of("readability"), o.extractors());
        assertEquals(5, o.worst());
        assertEquals(Path.of("/tmp/r.json"), o.json());
        assertEquals(7, o.limit());
        assertEquals(Set.of("0001", "0002"), o.ids());
        assertEquals(9, o.timeoutSeconds());
    }

    @Test
    void badOptionsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--worst", "many"))
                .getMessage().contains("--worst"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--nope", "1"))
                .getMessage().contains("--nope"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--limit"))
                .getMessage().contains("--limit needs a value"));
    }

    @Test
    void theDevelopmentSetIsFoundFromTheRepositoryRootAndFromTheModule() throws IOException {
        Path dev = temp.resolve("shared/devdata/extraction/dev");
        Files.createDirectories(dev.resolve("html"));
        Files.createDirectories(dev.resolve("ground-truth"));
        Path module = Files.createDirectories(temp.resolve("main/benchmarks/extraction-eval"));
        assertEquals(dev.toAbsolutePath(), DataFolders.resolve(null, temp.resolve("main")));
        assertEquals(dev.toAbsolutePath(), DataFolders.resolve(null, module));
        assertThrows(IllegalArgumentException.class, () -> DataFolders.resolve(temp.resolve("main"), module));
    }
}
