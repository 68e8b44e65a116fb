package org.gazette.source.files.impl;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lists the files of a folder whose names match the include patterns, by path relative to the
 * folder ({@code /} separated) in sorted order. Symbolic links to folders are not followed, so the
 * walk never leaves the folder and cannot loop; links to files are listed and checked when read.
 */
final class FolderWalker {

    /**
     * The outcome of one walk.
     *
     * @param files the matching entries by relative path, sorted
     * @param unreadableFolders subfolders that could not be listed, by relative path ending in
     *        {@code /}, with the error
     */
    record Listing(SortedMap<String, Path> files, SortedMap<String, IOException> unreadableFolders) {
    }

    private final Path root;
    private final IncludePatterns include;
    private final boolean recursive;

    FolderWalker(Path root, IncludePatterns include, boolean recursive) {
        this.root = root;
        this.include = include;
        this.recursive = recursive;
    }

    /** @return the configured folder, absolute and normalised */
    Path root() {
        return root;
    }

    /**
     * @return the matching files and the subfolders that could not be read
     * @throws IOException when the folder itself is missing or cannot be listed
     */
    Listing list() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root + " (the configured folder is missing or not a directory)");
        }
        Listing listing = new Listing(new TreeMap<>(), new TreeMap<>());
        visit(root, listing);
        return listing;
    }

    private void visit(Path dir, Listing listing) throws IOException {
        Map<Path, Boolean> entries = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                entries.put(entry, Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (DirectoryIteratorException e) {
            unreadable(dir, e.getCause(), listing);
            return;
        } catch (IOException e) {
            unreadable(dir, e, listing);
            return;
        }
        for (Map.Entry<Path, Boolean> entry : entries.entrySet()) {
            Path path = entry.getKey();
            if (entry.getValue()) {
                if (recursive) {
                    visit(path, listing);
                }
            } else if (include.matches(path.getFileName().toString())) {
                listing.files().put(relative(path), path);
            }
        }
    }

    private void unreadable(Path dir, IOException e, Listing listing) throws IOException {
        if (dir.equals(root)) {
            throw e;
        }
        listing.unreadableFolders().put(relative(dir) + "/", e);
    }

    /**
     * @param path a path under the folder
     * @return its path relative to the folder, with {@code /} separators
     */
    String relative(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path name : root.relativize(path)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(name);
        }
        return b.toString();
    }
}
