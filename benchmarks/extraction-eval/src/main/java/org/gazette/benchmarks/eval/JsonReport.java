package org.gazette.benchmarks.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON report: the summary and every page's scores per extractor, with what the extractor
 * returned for title, authors and date. A metric that does not apply to a page is {@code null}.
 * No page text is written.
 */
final class JsonReport {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues()
            .disableHtmlEscaping().create();

    private JsonReport() {
    }

    /**
     * @param file where to write
     * @param data the data folder
     * @param runs the measured passes
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException when the file would be inside a git work tree
     */
    static void write(Path file, Path data, List<Evaluator.Run> runs) throws IOException {
        checkOutsideRepository(file);
        Path target = file.toAbsolutePath().normalize();
        JsonObject root = new JsonObject();
        root.addProperty("data", data.toString());
        JsonArray extractors = new JsonArray();
        for (Evaluator.Run run : runs) {
            JsonObject e = new JsonObject();
            e.addProperty("extractor", run.extractor());
            e.add("summary", GSON.toJsonTree(Summary.of(run)));
            JsonArray pages = new JsonArray();
            for (PageScore p : run.pages()) {
                pages.add(page(p));
            }
            e.add("pages", pages);
            extractors.add(e);
        }
        root.add("extractors", extractors);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * @param file where the report is to go
     * @throws IllegalArgumentException when it is inside a git work tree: the report holds data from
     *         the gold files, which never go into a repository
     */
    static void checkOutsideRepository(Path file) {
        Path target = file.toAbsolutePath().normalize();
        for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                throw new IllegalArgumentException("--json " + file + " is inside the repository " + dir
                        + ": write the report outside it, e.g. under /tmp");
            }
        }
    }

    private static JsonObject page(PageScore p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id());
        o.addProperty("url", p.url());
        o.addProperty("error", p.error());
        o.addProperty("seconds", p.seconds());
        if (p.body() != null) {
            o.add("body", GSON.toJsonTree(p.body()));
            o.addProperty("bagOfWordsF1", p.bagOfWords().f1());
        }
        o.addProperty("titleStrict", p.titleStrict());
        o.addProperty("titleNormalised", p.titleNormalised());
        o.addProperty("authorsExact", p.authorsExact());
        o.addProperty("authorsOverlap", p.authorsOverlap());
        o.addProperty("date", p.date());
        o.addProperty("withFound", p.withFound());
        o.addProperty("withTotal", p.withTotal());
        o.addProperty("withoutAbsent", p.withoutAbsent());
        o.addProperty("withoutTotal", p.withoutTotal());
        if (p.extracted() != null) {
            o.addProperty("title", p.extracted().title());
            o.add("authors", GSON.toJsonTree(p.extracted().authors()));
            o.addProperty("published", p.extracted().published());
            o.addProperty("note", p.extracted().note());
            o.addProperty("textChars", p.extracted().text() == null ? 0 : p.extracted().text().length());
        }
        return o;
    }
}
