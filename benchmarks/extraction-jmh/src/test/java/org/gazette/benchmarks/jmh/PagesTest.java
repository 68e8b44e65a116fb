package org.gazette.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesTest {

    @TempDir
    Path temp;

    @Test
    void theFixtureCorpusIsFoundFromTheModule() {
        List<Pages.Page> pages = Pages.load(Pages.FIXTURES);
        assertTrue(pages.size() >= 10, "sample news and parser test pages: " + pages.size());
        assertTrue(pages.stream().allMatch(p -> p.content().length > 0));
    }

    @Test
    void aDevelopmentSetFolderIsReadFromItsHtmlFolderDecompressed() throws IOException {
        byte[] html = "<html><body><p>Bridge vote.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(temp.resolve("ground-truth"));
        Files.createDirectories(temp.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp.resolve("html/0001.html.gz")))) {
            out.write(html);
        }
        Files.writeString(temp.resolve("ground-truth/0001.json"), "{}");
        List<Pages.Page> pages = Pages.load(temp.toString());
        assertEquals(1, pages.size());
        assertArrayEquals(html, pages.get(0).content());
        assertEquals("https://bench.invalid/0001.html.gz", pages.get(0).url());
    }

    @Test
    void aFolderWithoutPagesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pages.load(temp.toString()));
        assertThrows(IllegalArgumentException.class, () -> Pages.load(temp.resolve("missing").toString()));
    }
}
