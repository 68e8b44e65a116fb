package org.gazette.source.files.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file into memory, decompressing names that end in {@code .gz}, and never reads more than
 * the configured limit: a file (or a gzip bomb) larger than that is refused after at most
 * {@code maxBytes + 1} bytes of output.
 */
final class BoundedReader {

    /** A file is larger than the limit. The message gives the size and the limit. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    private final long maxBytes;
    private final String limit;

    /**
     * @param maxBytes the largest content to return, at most {@code Integer.MAX_VALUE - 1}
     * @param maxText the limit as configured ({@code 10MB}), for messages
     */
    BoundedReader(long maxBytes, String maxText) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.limit = "maxFileSize " + maxText + " (" + maxBytes + " bytes)";
    }

    /**
     * @param name a file name or relative path
     * @return true when the file is gzip-compressed and read decompressed
     */
    static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * @param file the file to read
     * @param relative its path relative to the folder, for messages; decides decompression
     * @param size its size on disk, as last seen
     * @return the content, decompressed
     * @throws TooLargeException when the content is larger than the limit
     * @throws IOException when the file cannot be read or is not valid gzip
     */
    byte[] read(Path file, String relative, long size) throws IOException, TooLargeException {
        boolean gzip = isGzip(relative);
        if (!gzip && size > maxBytes) {
            throw new TooLargeException(relative + " is " + size + " bytes, more than " + limit);
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw, 8192) : raw) {
            byte[] content = in.readNBytes((int) maxBytes + 1);
            if (content.length > maxBytes) {
                throw new TooLargeException(gzip
                        ? relative + " is " + size + " bytes compressed and decompresses to more than " + limit
                        : relative + " grew to more than " + limit + " while being read");
            }
            return content;
        }
    }
}
