package org.gazette.export.json.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.PageKind;
import org.gazette.api.runtime.Pipeline;
import org.gazette.api.runtime.PipelineStatusDTO;
import org.gazette.api.runtime.RunSummaryDTO;
import org.gazette.api.runtime.SourceStatusDTO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    /** Parses a page into an article titled by its content; "index" pages are not articles, "bad" ones fail. */
    static final class FakePipeline implements Pipeline {
        @Override
        public java.util.List<org.gazette.api.runtime.HostStatusDTO> frontier() {
            return java.util.List.of();
        }

        @Override
        public org.gazette.api.runtime.ItemReportDTO fetch(String url, long timeoutMillis) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Article parse(Document d) {
            String body = new String(d.content, StandardCharsets.UTF_8);
            if (body.equals("bad")) {
                throw new IllegalArgumentException("binary content (NUL bytes), not text/html");
            }
            Article a = new Article();
            a.id = "id-" + body;
            a.url = d.url;
            a.title = body + " (" + d.mediaType + ")";
            a.kind = body.equals("index") ? PageKind.INDEX : PageKind.ARTICLE;
            return a;
        }

        @Override
        public List<SourceStatusDTO> sources() {
            return List.of();
        }

        @Override
        public RunSummaryDTO run(String sourceId, long timeoutMillis) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void pause(String sourceId) {
        }

        @Override
        public void resume(String sourceId) {
        }

        @Override
        public PipelineStatusDTO status() {
            return new PipelineStatusDTO();
        }
    }

    private final ExtractCommand command = new ExtractCommand(new FakePipeline());

    @Test
    void parsesEachPageFileOfAFolderAndSumsUp() throws Exception {
        Files.writeString(dir.resolve("a.html"), "one");
        Files.writeString(dir.resolve("b.txt"), "two");
        Files.writeString(dir.resolve("c.htm"), "index");
        Files.writeString(dir.resolve("d.html"), "bad");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write("three".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("e.html.gz"), gz.toByteArray());

        Path out = dir.resolve("out.jsonl");
        String summary = command.extract(out.toString(), "", dir.toString());

        assertTrue(summary.startsWith("5 pages: 3 articles, 1 not articles, 1 failed; "), summary);
        assertTrue(summary.contains("FAILED " + dir.resolve("d.html") + ": binary content (NUL bytes), not text/html"), summary);
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"id-one\",\"url\":\"" + dir.resolve("a.html").toUri() + "\",\"kind\":\"ARTICLE\",\"title\":\"one (text/html)\""), lines.get(0));
        assertTrue(lines.get(0).endsWith(",\"file\":\"" + dir.resolve("a.html") + "\"}"), lines.get(0));
        assertTrue(lines.get(1).contains("\"title\":\"two (text/plain)\""), lines.get(1));
        assertTrue(lines.get(3).contains("\"title\":\"three (text/html)\""), lines.get(3));
    }

    @Test
    void urlAppliesToASingleFileAndBadPathsAreNamed() throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "one");
        String printed = command.extract("", "https://news.example/p", page.toString());
        assertTrue(printed.startsWith("{\"id\":\"id-one\",\"url\":\"https://news.example/p\""), printed);
        assertEquals("no such file or folder: " + dir.resolve("missing"),
                assertThrows(IllegalArgumentException.class, () -> command.extract("", "", dir.resolve("missing").toString())).getMessage());
        Files.writeString(dir.resolve("q.html"), "two");
        assertThrows(IllegalArgumentException.class, () -> command.extract("", "https://x.example/", dir.toString()));
    }
}
