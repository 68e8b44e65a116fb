package org.gazette.export.json.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.gazette.api.runtime.Pipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code gazette:extract FILE|DIR... [--out FILE.jsonl] [--url URL]}: parses local page files with
 * the running parsers (through {@link Pipeline#parse}) and writes each as one line in the exporter's
 * JSON Lines format, plus a field {@code file}. It lives here because it writes that format.
 */
@Component(service = ExtractCommand.class, property = {"osgi.command.scope=gazette", "osgi.command.function=extract"})
public final class ExtractCommand {
    private final Pipeline pipeline;
    private final ArticleJson json = new ArticleJson();

    @Activate
    public ExtractCommand(@Reference Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Descriptor("Parse local .html, .htm, .html.gz and .txt files into articles, one JSON line each")
    public String extract(
            @Descriptor("write the lines to this .jsonl file instead of printing them") @Parameter(names = "--out", absentValue = "") String out,
            @Descriptor("the URL the page was served from (for a single file)") @Parameter(names = "--url", absentValue = "") String url,
            @Descriptor("files or folders") String... paths) throws IOException, InterruptedException {
        if (paths.length == 0) {
            throw new IllegalArgumentException("usage: extract FILE|DIR... [--out FILE.jsonl] [--url URL]");
        }
        List<Path> files = LocalFiles.collect(List.of(paths).stream().map(Path::of).toList());
        if (!url.isBlank() && files.size() != 1) {
            throw new IllegalArgumentException("--url applies to a single file, not " + files.size());
        }
        StringBuilder lines = new StringBuilder();
        List<String> failures = new ArrayList<>();
        int articles = 0;
        int other = 0;
        long nanos = 0;
        try (OutputStream file = out.isBlank() ? null : Files.newOutputStream(Path.of(out))) {
            for (Path f : files) {
                long t0 = System.nanoTime();
                Article a;
                try {
                    a = pipeline.parse(LocalFiles.read(f, url));
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    failures.add("FAILED " + f + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    continue;
                } finally {
                    nanos += System.nanoTime() - t0;
                }
                if (a.kind == PageKind.ARTICLE) {
                    articles++;
                } else {
                    other++;
                }
                byte[] line = json.encode(a, "file", f.toString()).line();
                if (file != null) {
                    file.write(line);
                } else {
                    lines.append(new String(line, StandardCharsets.UTF_8));
                }
            }
        }
        double seconds = nanos / 1e9;
        lines.append(String.format("%d pages: %d articles, %d not articles, %d failed; %.1f pages/s%s%n", files.size(), articles, other,
                failures.size(), seconds == 0 ? 0 : files.size() / seconds, out.isBlank() ? "" : "; written to " + out));
        failures.forEach(f -> lines.append(f).append('\n'));
        return lines.toString();
    }
}
