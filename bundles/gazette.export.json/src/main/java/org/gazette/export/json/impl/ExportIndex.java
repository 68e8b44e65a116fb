package org.gazette.export.json.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * What the folder already holds: the content hash of the last line of every article id, read from
 * the {@code .jsonl} files in file-name order (later lines win). Only the {@code id} and
 * {@code contentHash} fields of each line are read; lines that are not JSON objects with a string
 * {@code id} are counted as malformed and skipped. Not thread-safe: the exporter guards it.
 */
final class ExportIndex {

    private final Map<String, String> hashes = new HashMap<>();
    private int malformed;

    /**
     * @param files the {@code .jsonl} files, in the order they were written
     * @throws IOException when a file cannot be read
     */
    void load(Iterable<Path> files) throws IOException {
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        read(line);
                    }
                }
            }
        }
    }

    private void read(String line) {
        String id = null;
        String hash = null;
        try (JsonReader reader = new JsonReader(new StringReader(line))) {
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if ((name.equals("id") || name.equals(ArticleJson.CONTENT_HASH)) && reader.peek() == JsonToken.STRING) {
                    if (name.equals("id")) {
                        id = reader.nextString();
                    } else {
                        hash = reader.nextString();
                    }
                } else {
                    reader.skipValue();
                }
            }
            reader.endObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                id = null;
            }
        } catch (IOException | IllegalStateException e) {
            id = null;
        }
        if (id == null) {
            malformed++;
        } else {
            hashes.put(id, hash);
        }
    }

    /**
     * @param id an article id
     * @param contentHash its content hash now
     * @return true when the folder's last line for that id has the same content hash
     */
    boolean isCurrent(String id, String contentHash) {
        return contentHash.equals(hashes.get(id));
    }

    /**
     * @param id an article id
     * @param contentHash the content hash of the line just written for it
     */
    void put(String id, String contentHash) {
        hashes.put(id, contentHash);
    }

    /** @return how many article ids are known */
    int size() {
        return hashes.size();
    }

    /** @return how many lines could not be read since this index was created */
    int malformed() {
        return malformed;
    }
}
