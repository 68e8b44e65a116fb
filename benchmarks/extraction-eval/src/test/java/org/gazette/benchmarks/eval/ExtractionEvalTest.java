package org.gazette.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole tool on a tiny data folder written here: one article, one page without gold text, one empty page. */
class ExtractionEvalTest {

    private static final String BODY = """
            The Harbour Council voted on Tuesday to repair the old swing bridge instead of replacing it, \
            ending a debate that had divided the town for three years.

            Engineers told councillors that the repair would cost less than half of a new crossing and \
            could be finished before the summer ferry season begins in the harbour.

            Residents who had campaigned for a new bridge said they would keep watching the budget closely, \
            and the council promised monthly reports on the work and its costs.""";

    private static final String ARTICLE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Council votes to repair swing bridge | The Harbour Courier</title>
            <meta property="og:title" content="Council votes to repair swing bridge">
            <meta name="author" content="Mara Quill">
            <meta property="article:published_time" content="2024-03-12T09:30:00+00:00">
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <article><h1>Council votes to repair swing bridge</h1>
            <p class="byline">By Mara Quill</p>
            %s
            </article>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Ferry timetable changes</a></li></ul></aside>
            <footer><p>Copyright The Harbour Courier. All rights reserved.</p></footer>
            </body></html>
            """.formatted("<p>" + BODY.replace("\n\n", "</p>\n<p>") + "</p>");

    @TempDir
    Path temp;

    @Test
    void scoresEveryExtractorOnATinyFolder() throws IOException {
        Path data = temp.resolve("data");
        page(data, "0001", ARTICLE.getBytes(StandardCharsets.UTF_8));
        gold(data, "0001", """
                {"schema_version": "2.0", "url": "https://courier.example/2024/03/bridge", "file_id": "0001",
                 "ground_truth": {"title": "Council votes to repair swing bridge", "author": "Mara Quill",
                   "publish_date": "2024-03-12", "main_content": %s,
                   "with": ["voted on Tuesday to repair", "monthly reports on the work"],
                   "without": ["All rights reserved", "Ferry timetable changes"]}}
                """.formatted(new Gson().toJson(BODY)));
        page(data, "0002", "<html><body><p>A page without gold text.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        gold(data, "0002", """
                {"url": "https://courier.example/other", "ground_truth": {"title": "Other", "author": null,
                 "publish_date": null, "with": [], "without": []}}
                """);
        page(data, "0003", new byte[0]);
        gold(data, "0003", """
                {"url": "https://courier.example/empty", "ground_truth": {"title": "Empty", "author": null,
                 "publish_date": null, "main_content": "Nothing came back from this page at all.", "with": [], "without": []}}
                """);
        Path json = temp.resolve("out/report.json");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ExtractionEval.run(new String[] {"--data", data.toString(), "--worst", "1", "--json", json.toString()},
                temp, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);

        assertEquals(0, status, printed);
        assertTrue(printed.contains("Extraction evaluation: 3 pages"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("gazette ")), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("readability ")), printed);
        assertTrue(printed.contains("(1 skipped: no gold main text)"), printed);
        assertTrue(printed.contains("Failures of gazette (1):"), printed);
        assertTrue(printed.contains("0003  https://courier.example/empty  IllegalArgumentException: empty document"), printed);
        assertTrue(printed.contains("Worst 1 pages of gazette by body F1:\n  0003  F1 0.000"), printed);

        JsonObject report = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        JsonArray extractors = report.getAsJsonArray("extractors");
        assertEquals(2, extractors.size());
        JsonObject gazette = extractors.get(0).getAsJsonObject();
        assertEquals("gazette", gazette.get("extractor").getAsString());
        JsonObject summary = gazette.getAsJsonObject("summary");
        assertEquals(3, summary.get("pages").getAsInt());
        assertEquals(1, summary.get("skipped").getAsInt());
        assertEquals(1, summary.get("failures").getAsInt());
        JsonObject first = gazette.getAsJsonArray("pages").get(0).getAsJsonObject();
        assertEquals("0001", first.get("id").getAsString());
        assertTrue(first.getAsJsonObject("body").get("f1").getAsDouble() > 0.9, first.toString());
        assertTrue(first.get("titleNormalised").getAsBoolean(), first.toString());
        assertTrue(first.get("authorsExact").getAsBoolean(), first.toString());
        assertTrue(first.get("date").getAsBoolean(), first.toString());
        assertEquals(2, first.get("withFound").getAsInt());
        assertEquals(2, first.get("withoutAbsent").getAsInt());
        assertFalse(gazette.getAsJsonArray("pages").get(1).getAsJsonObject().has("body"));
        JsonObject readability = extractors.get(1).getAsJsonObject();
        assertTrue(readability.getAsJsonArray("pages").get(0).getAsJsonObject().get("date").isJsonNull(),
                "readability finds no dates, so the date is not scored");
        assertFalse(Files.readString(json).contains("summer ferry season"), "no page text in the JSON report");
    }

    @Test
    void onlyTheIdsAskedForAndOneExtractor() throws IOException {
        Path data = temp.resolve("data");
        page(data, "0001", ARTICLE.getBytes(StandardCharsets.UTF_8));
        gold(data, "0001", "{\"url\": \"https://courier.example/a\", \"ground_truth\": {\"main_content\": \"x y\"}}");
        page(data, "0002", ARTICLE.getBytes(StandardCharsets.UTF_8));
        gold(data, "0002", "{\"url\": \"https://courier.example/b\", \"ground_truth\": {\"main_content\": \"x y\"}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ExtractionEval.run(new String[] {"--data", data.toString(), "--ids", "0002", "--extractor", "gazette"},
                temp, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("Extraction evaluation: 1 pages"), printed);
        assertFalse(printed.lines().anyMatch(l -> l.startsWith("readability")), printed);
    }

    @Test
    void refusesAJsonReportInsideARepositoryAndBadOptions() throws IOException {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExtractionEval.run(new String[] {"--json", repo.resolve("report.json").toString()}, temp, quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("inside the repository"));
        assertEquals(2, ExtractionEval.run(new String[] {"--extractor", "boilerpipe"}, temp, quiet, quiet));
        assertEquals(2, ExtractionEval.run(new String[] {"--worst"}, temp, quiet, quiet));
    }

    private static void page(Path data, String id, byte[] html) throws IOException {
        Files.createDirectories(data.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve("html/" + id + ".html.gz")))) {
            out.write(html);
        }
    }

    private static void gold(Path data, String id, String json) throws IOException {
        Files.createDirectories(data.resolve("ground-truth"));
        Files.writeString(data.resolve("ground-truth/" + id + ".json"), json);
    }
}
