package org.gazette.export.json.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.gazette.api.model.Document;

/**
 * Local page files for {@code gazette:extract}: which files count ({@code .html}, {@code .htm},
 * {@code .html.gz}, {@code .txt}), and how one becomes a {@link Document} (gzip undone, within a
 * size limit that also bounds decompression).
 */
final class LocalFiles {
    /** Largest page read, before or after decompression. */
    static final long MAX_BYTES = 64L << 20;

    private LocalFiles() {
    }

    /** The page files named or contained (recursively) in the paths, in a stable order. */
    static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(LocalFiles::isPage).sorted().forEach(out::add);
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        return out;
    }

    static boolean isPage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".txt");
    }

    /** Reads a page file into a document with the given URL (or the file's URI). */
    static Document read(Path file, String url) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Document d = new Document();
        d.url = url == null || url.isBlank() ? file.toUri().toString() : url;
        d.finalUrl = d.url;
        d.status = 200;
        d.mediaType = name.endsWith(".txt") ? "text/plain" : "text/html";
        d.sourceId = "extract";
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is " + size + " bytes, more than " + MAX_BYTES);
        }
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            d.content = readBounded(in, file);
        }
        return d;
    }

    private static byte[] readBounded(InputStream in, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > MAX_BYTES) {
                throw new IOException(file.getFileName() + " decompresses to more than " + MAX_BYTES + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
