package org.gazette.enrich.entities.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the bundle's word lists, resources next to this class, in their three forms: one entry per
 * line, entries under {@code [section]} lines, and tables of columns split on "|" with values split
 * on ";". Blank lines and lines starting with "#" are skipped; a missing or unreadable resource is an
 * {@link UncheckedIOException} (a broken build).
 */
final class WordFiles {

    private WordFiles() {
    }

    /** One entry per line. */
    static void readWords(String resource, Consumer<String> sink) {
        read(resource, line -> sink.accept(line));
    }

    /** Entries under {@code [section]} lines, each section to its own sink; other sections are skipped. */
    static void readSections(String resource, Map<String, Consumer<String>> sections) {
        String[] current = {null};
        read(resource, line -> {
            if (line.startsWith("[") && line.endsWith("]")) {
                current[0] = line.substring(1, line.length() - 1);
            } else if (current[0] != null && sections.containsKey(current[0])) {
                sections.get(current[0]).accept(line);
            }
        });
    }

    /** Rows of {@code a; b | c | d; e}: columns split on "|", values on ";". */
    static void readTable(String resource, Consumer<List<List<String>>> sink) {
        read(resource, line -> {
            List<List<String>> row = new ArrayList<>();
            for (String column : line.split("\\|", -1)) {
                List<String> values = new ArrayList<>();
                for (String value : column.split(";")) {
                    if (!value.isBlank()) {
                        values.add(value.trim());
                    }
                }
                row.add(values);
            }
            if (!row.get(0).isEmpty()) {
                sink.accept(row);
            }
        });
    }

    private static void read(String resource, Consumer<String> lines) {
        try (InputStream in = WordFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + resource + " is missing"));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.accept(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
