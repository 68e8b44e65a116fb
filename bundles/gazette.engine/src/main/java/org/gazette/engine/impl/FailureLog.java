package org.gazette.engine.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.gazette.api.runtime.ItemFailureDTO;
import org.osgi.service.log.Logger;

import com.google.gson.Gson;

/**
 * Keeps the most recent failures for the console and appends every failure to
 * {@code <data>/failed/failed-<date>.jsonl}, so no failed item is forgotten.
 */
final class FailureLog {
    private static final int RECENT = 50;
    private final Deque<ItemFailureDTO> recent = new ArrayDeque<>();
    private final Path dir;
    private final Gson gson = new Gson();
    private final Logger log;

    FailureLog(Path dir, Logger log) {
        this.dir = dir;
        this.log = log;
    }

    ItemFailureDTO record(String sourceId, String url, String stage, String name, String reason) {
        ItemFailureDTO f = new ItemFailureDTO();
        f.sourceId = sourceId;
        f.url = url;
        f.stage = stage;
        f.name = name;
        f.reason = reason;
        f.at = Clock.now();
        synchronized (this) {
            recent.addFirst(f);
            if (recent.size() > RECENT) {
                recent.removeLast();
            }
            append(f);
        }
        log.warn("{} failed in {} {} ({}): {}", url, stage, name, sourceId, reason);
        return f;
    }

    synchronized List<ItemFailureDTO> recent() {
        return new ArrayList<>(recent);
    }

    private void append(ItemFailureDTO f) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("failed-" + f.at.substring(0, 10) + ".jsonl");
            Files.write(file, (gson.toJson(f) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.error("cannot record a failure in {}: {}", dir, e.toString());
        }
    }
}
