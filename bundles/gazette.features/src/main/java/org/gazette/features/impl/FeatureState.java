package org.gazette.features.impl;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;

import com.google.gson.Gson;

/**
 * What operators changed from the console, kept across restarts: features installed beyond the
 * configured boot features, and boot features they removed. Written atomically.
 */
final class FeatureState {
    private final Path file;
    private Stored stored = new Stored();

    /** The file's content. */
    static final class Stored {
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
    }

    FeatureState(Path file) throws IOException {
        this.file = file;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Stored s = new Gson().fromJson(r, Stored.class);
            if (s != null) {
                stored = s;
                stored.added = stored.added == null ? new LinkedHashSet<>() : stored.added;
                stored.removed = stored.removed == null ? new LinkedHashSet<>() : stored.removed;
            }
        } catch (NoSuchFileException e) {
            // nothing changed yet
        } catch (com.google.gson.JsonParseException e) {
            throw new IOException("feature state " + file + " is corrupt: " + e.getMessage(), e);
        }
    }

    /** The boot features with the operator's changes applied. */
    Set<String> effective(Iterable<String> boot) {
        Set<String> out = new LinkedHashSet<>();
        boot.forEach(out::add);
        out.addAll(stored.added);
        out.removeAll(stored.removed);
        return out;
    }

    void installed(String name) throws IOException {
        stored.removed.remove(name);
        stored.added.add(name);
        save();
    }

    void uninstalled(String name) throws IOException {
        stored.added.remove(name);
        stored.removed.add(name);
        save();
    }

    private void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".features", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            new Gson().toJson(stored, w);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
