package org.gazette.engine.impl;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * Durable per-source state: one JSON file per source id under {@code <data>/state/}, replaced
 * atomically (write a temporary file, then rename), so a crash leaves the old or the new state,
 * never half of one.
 */
final class CursorStore {
    private static final java.lang.reflect.Type MAP = new TypeToken<Map<String, String>>() { }.getType();
    private final Path dir;
    private final Gson gson = new Gson();

    CursorStore(Path dir) {
        this.dir = dir;
    }

    Map<String, String> load(String sourceId) throws IOException {
        try (Reader r = Files.newBufferedReader(file(sourceId), StandardCharsets.UTF_8)) {
            Map<String, String> m = gson.fromJson(r, MAP);
            return m == null ? new HashMap<>() : m;
        } catch (NoSuchFileException e) {
            return new HashMap<>();
        } catch (com.google.gson.JsonParseException e) {
            throw new IOException("state of source '" + sourceId + "' in " + file(sourceId) + " is corrupt: " + e.getMessage(), e);
        }
    }

    void save(String sourceId, Map<String, String> state) throws IOException {
        Files.createDirectories(dir);
        Path target = file(sourceId);
        Path tmp = Files.createTempFile(dir, ".state", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            gson.toJson(new TreeMap<>(state), w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path file(String sourceId) {
        String safe = sourceId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.equals(sourceId)) {
            safe = safe + "-" + Integer.toHexString(sourceId.hashCode());
        }
        return dir.resolve(safe + ".json");
    }
}
