package org.gazette.export.json.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.gazette.support.InvalidPropertyException;

/**
 * The exporter's configuration, checked: the folder exists (it is created when missing) and is a
 * writable directory, and the file name is a plain {@code .jsonl} name.
 *
 * @param folder the absolute folder the files are written to
 * @param fileName the file name pattern, possibly with {@code {date}}
 * @param fsync whether each batch is forced to the storage device
 */
record Settings(Path folder, String fileName, boolean fsync) {

    /** The placeholder for the UTC date of the write in {@link #fileName}. */
    static final String DATE = "{date}";

    /**
     * @param config the component configuration
     * @return the checked settings
     * @throws InvalidPropertyException naming {@code folder} or {@code fileName} when one is unusable
     */
    static Settings of(JsonLinesExporter.Config config) {
        return new Settings(folder(config.folder()), fileName(config.fileName()), config.fsync());
    }

    private static Path folder(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidPropertyException("folder", "is required: the folder to write .jsonl files to");
        }
        Path folder;
        try {
            folder = Path.of(value.trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidPropertyException("folder", "'" + value + "' is not a path: " + e.getMessage());
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidPropertyException("folder", "'" + folder + "' is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidPropertyException("folder", "'" + folder + "' cannot be created: " + e);
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidPropertyException("folder", "'" + folder + "' is not writable");
        }
        return folder;
    }

    private static String fileName(String value) {
        String name = value == null ? "" : value.trim();
        if (name.isEmpty()) {
            throw new InvalidPropertyException("fileName", "is required, e.g. articles-{date}.jsonl");
        }
        if (name.contains("/") || name.contains("\\")) {
            throw new InvalidPropertyException("fileName", "'" + value + "' must be a file name without path separators");
        }
        if (!name.endsWith(".jsonl") || name.equals(".jsonl")) {
            throw new InvalidPropertyException("fileName", "'" + value + "' must end with .jsonl");
        }
        if (name.replace(DATE, "").contains("{") || name.replace(DATE, "").contains("}")) {
            throw new InvalidPropertyException("fileName", "'" + value + "' has a placeholder other than {date}");
        }
        return name;
    }

    /**
     * @param date the UTC date of the write
     * @return the file to append to on that date
     */
    Path file(LocalDate date) {
        return folder.resolve(fileName.replace(DATE, date.toString()));
    }
}
