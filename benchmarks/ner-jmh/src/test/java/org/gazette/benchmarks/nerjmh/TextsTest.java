package org.gazette.benchmarks.nerjmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextsTest {

    @Test
    void countsWords() {
        assertEquals(0, Texts.words(""));
        assertEquals(3, Texts.words("  one two\n\nthree "));
    }

    @Test
    void loadsJsonLinesAndFolders(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"Angela Merkel\"}\n\n{\"text\":\"Paris\"}\n");
        assertEquals(List.of("Angela Merkel", "Paris"), Texts.load("a.jsonl", dir));
        Path folder = Files.createDirectory(dir.resolve("t"));
        Files.writeString(folder.resolve("1.txt"), "one");
        Files.writeString(folder.resolve("2.txt"), "two");
        assertEquals(List.of("one", "two"), Texts.load("t", dir));
        Path empty = Files.createDirectory(dir.resolve("e"));
        assertThrows(IOException.class, () -> Texts.load(empty.toString(), dir));
    }
}
