package org.gazette.benchmarks.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads the pages a benchmark parses, into memory.
 * <ul>
 * <li>{@value #FIXTURES}: Gazette's own fixture corpus, the sample news pages of the distribution
 * ({@code launcher/src/main/dist/samples/news/*.html}) and the HTML parser's test pages
 * ({@code bundles/gazette.parse.html/src/test/resources/**}{@code /*.html});</li>
 * <li>a folder laid out like the extraction development set: its {@code html/*.html.gz}, decompressed;</li>
 * <li>any other folder: every {@code *.html} and {@code *.html.gz} under it.</li>
 * </ul>
 * Relative paths are resolved against the working directory, else against the repository root,
 * which is the system property {@value #ROOT_PROPERTY} or the first parent of the working directory
 * holding {@code bundles/gazette.parse.html}.
 */
final class Pages {

    /** The folder value that names Gazette's own fixture corpus. */
    static final String FIXTURES = "fixtures";
    /** System property naming the repository root. */
    static final String ROOT_PROPERTY = "gazette.root";

    /**
     * A page to parse.
     *
     * @param url a made-up URL naming the file (https://bench.invalid/NAME)
     * @param content the page bytes
     */
    record Page(String url, byte[] content) {
    }

    private Pages() {
    }

    /**
     * @param folder {@value #FIXTURES} or a folder path
     * @return the pages, in order of path
     * @throws IllegalArgumentException when there is no such folder or it holds no pages
     */
    static List<Page> load(String folder) {
        List<Path> files = new ArrayList<>();
        if (FIXTURES.equals(folder)) {
            Path root = root();
            files.addAll(find(root.resolve("launcher/src/main/dist/samples/news"), false));
            files.addAll(find(root.resolve("bundles/gazette.parse.html/src/test/resources"), false));
        } else {
            Path dir = resolve(folder);
            Path html = dir.resolve("html");
            files.addAll(Files.isDirectory(html) && Files.isDirectory(dir.resolve("ground-truth")) ? find(html, true) : find(dir, true));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no pages (*.html, *.html.gz) in " + folder);
        }
        List<Page> pages = new ArrayList<>(files.size());
        for (Path file : files) {
            pages.add(new Page("https://bench.invalid/" + file.getFileName(), read(file)));
        }
        return pages;
    }

    private static Path resolve(String folder) {
        Path path = Path.of(folder);
        if (!path.isAbsolute() && !Files.isDirectory(path)) {
            path = root().resolve(folder);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("no folder " + folder + " (relative to " + Path.of("").toAbsolutePath()
                    + " or the repository root)");
        }
        return path.toAbsolutePath().normalize();
    }

    private static Path root() {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles/gazette.parse.html"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("cannot find the repository root from " + Path.of("").toAbsolutePath()
                + ": run from inside it or set -D" + ROOT_PROPERTY + "=DIR");
    }

    private static List<Path> find(Path dir, boolean gzipToo) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no folder " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".html") || gzipToo && p.toString().endsWith(".html.gz"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static byte[] read(Path file) {
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
