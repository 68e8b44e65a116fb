package org.gazette.benchmarks.nerjmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The texts to tag: {@value #DEVDATA} (the development set, {@code shared/devdata/ner/*.jsonl.gz},
 * found beside the working directory or a parent), a JSON Lines file (optionally gzipped) whose
 * objects have a {@code text} field, or a folder of {@code *.txt} files.
 */
final class Texts {

    static final String DEVDATA = "devdata";
    static final String RELATIVE = "shared/devdata/ner/gum_nonnews_mentions.jsonl.gz";

    private Texts() {
    }

    static List<String> load(String where, Path workingDirectory) throws IOException {
        Path path = DEVDATA.equals(where) ? find(workingDirectory) : workingDirectory.resolve(where);
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } else {
            try (InputStream raw = Files.newInputStream(path);
                    InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                        if (o.has("text")) {
                            texts.add(o.get("text").getAsString());
                        }
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no texts in " + path);
        }
        return texts;
    }

    private static Path find(Path workingDirectory) throws IOException {
        for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RELATIVE))) {
                return dir.resolve(RELATIVE);
            }
        }
        throw new IOException("no " + RELATIVE + " beside " + workingDirectory.toAbsolutePath()
                + " or its parents: give -p texts=FILE.jsonl[.gz] or -p texts=FOLDER");
    }

    /** @return the number of whitespace-separated words */
    static long words(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
