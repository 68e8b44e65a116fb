package org.gazette.benchmarks.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The gold file: one JSON document a line (gzip-compressed when the name ends in {@code .gz}), in
 * the layout of {@code shared/devdata/ner/README.md}. Only the fields scored here are read.
 */
final class Gold {

    /** One document. */
    static final class Document {
        String doc_id;
        String genre;
        String dateCreated;
        String text;
        List<Mention> mentions;
    }

    /** One gold mention. */
    static final class Mention {
        int start;
        int end;
        int ne_start;
        int ne_end;
        String ne_text;
        String etype;
        String eid;
        boolean named;
        String date_when;
    }

    private Gold() {
    }

    /**
     * @param file the gold file
     * @param genres only these genres (empty: all)
     * @param limit at most this many documents (0: all)
     * @return the documents, in file order
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when a line is not a document of the expected layout
     */
    static List<Document> load(Path file, Set<String> genres, int limit) throws IOException {
        return load(file, genres, null, limit);
    }

    /**
     * @param file the gold file
     * @param genres only these genres (empty: all)
     * @param half {@code "odd"} or {@code "even"}: every other document of the chosen genres, from the
     *        first or from the second; {@code null}: all
     * @param limit at most this many documents (0: all), counted after {@code half}
     * @return the documents, in file order
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when a line is not a document of the expected layout
     */
    static List<Document> load(Path file, Set<String> genres, String half, int limit) throws IOException {
        Gson gson = new Gson();
        List<Document> documents = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            int chosen = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Document d;
                try {
                    d = gson.fromJson(line, Document.class);
                } catch (JsonParseException e) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": not JSON: " + e.getMessage());
                }
                if (d.text == null || d.mentions == null) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": no text or mentions");
                }
                if (!genres.isEmpty() && !genres.contains(d.genre)) {
                    continue;
                }
                chosen++;
                if (half != null && (chosen % 2 == 1) != half.equals("odd")) {
                    continue;
                }
                documents.add(d);
                if (limit > 0 && documents.size() >= limit) {
                    break;
                }
            }
        }
        return documents;
    }
}
