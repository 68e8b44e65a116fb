package org.gazette.engine.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.gazette.api.model.SourceItem;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Items still in the pipeline when the engine stops are written to {@code <data>/spill/} and
 * put back into the pipeline when it starts again, so a shutdown loses nothing.
 */
final class Spill {
    private final Path dir;
    private final Gson gson = new GsonBuilder().registerTypeAdapter(byte[].class, new Base64Adapter()).create();

    /** One spilled item. */
    record Entry(String sourceId, SourceItem item) {
    }

    Spill(Path dir) {
        this.dir = dir;
    }

    void write(List<Item> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".spill", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Item item : items) {
                w.write(gson.toJson(new Entry(item.sourceId, item.source)));
                w.write('\n');
            }
        }
        Files.move(tmp, dir.resolve("spill-" + System.currentTimeMillis() + ".jsonl"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads every spill file and deletes it; unreadable lines are reported, not thrown. */
    List<Entry> takeAll(List<String> problems) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "spill-*.jsonl")) {
            for (Path f : files) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    int n = 0;
                    while ((line = r.readLine()) != null) {
                        n++;
                        try {
                            Entry e = gson.fromJson(line, Entry.class);
                            if (e != null && e.item() != null && e.item().url != null) {
                                out.add(e);
                            }
                        } catch (JsonParseException e) {
                            problems.add(f.getFileName() + " line " + n + ": " + e.getMessage());
                        }
                    }
                }
                Files.delete(f);
            }
        }
        return out;
    }

    /** byte[] as Base64 text rather than gson's array of numbers. */
    private static final class Base64Adapter extends TypeAdapter<byte[]> {
        @Override
        public void write(JsonWriter out, byte[] value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(Base64.getEncoder().encodeToString(value));
            }
        }

        @Override
        public byte[] read(JsonReader in) throws IOException {
            if (in.peek() == com.google.gson.stream.JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return Base64.getDecoder().decode(in.nextString());
        }
    }
}
