package org.gazette.benchmarks.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a data folder laid out as {@code html/<id>.html.gz} (gzip-compressed pages) and
 * {@code ground-truth/<id>.json} (gold files), in order of id.
 */
final class Corpus {

    private static final String SUFFIX = ".html.gz";

    /**
     * A page and its gold.
     *
     * @param id the file id ({@code 0001})
     * @param html the decompressed page bytes
     * @param gold the gold
     */
    record Sample(String id, byte[] html, Gold gold) {
    }

    private Corpus() {
    }

    /**
     * @param folder the data folder
     * @param limit the first so many pages only, or 0 for all
     * @param ids these ids only, or empty for all
     * @return the samples, ordered by id
     * @throws IllegalArgumentException when an id asked for has no page, or a page has no gold
     */
    static List<Sample> load(Path folder, int limit, Set<String> ids) {
        List<String> found = ids(folder.resolve("html"));
        List<String> chosen = new ArrayList<>();
        for (String id : found) {
            if (ids.isEmpty() || ids.contains(id)) {
                chosen.add(id);
            }
        }
        for (String id : ids) {
            if (!found.contains(id)) {
                throw new IllegalArgumentException("no page html/" + id + SUFFIX + " in " + folder);
            }
        }
        if (limit > 0 && chosen.size() > limit) {
            chosen = chosen.subList(0, limit);
        }
        List<Sample> samples = new ArrayList<>();
        for (String id : chosen) {
            Path goldFile = folder.resolve("ground-truth").resolve(id + ".json");
            if (!Files.isRegularFile(goldFile)) {
                throw new IllegalArgumentException("page " + id + " has no gold file " + goldFile);
            }
            try {
                Gold gold = Gold.parse(Files.readString(goldFile, StandardCharsets.UTF_8));
                samples.add(new Sample(id, gunzip(folder.resolve("html").resolve(id + SUFFIX)), gold));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read page " + id, e);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("page " + id + ": " + e.getMessage(), e);
            }
        }
        return samples;
    }

    private static List<String> ids(Path htmlFolder) {
        try (Stream<Path> files = Files.list(htmlFolder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + htmlFolder, e);
        }
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
