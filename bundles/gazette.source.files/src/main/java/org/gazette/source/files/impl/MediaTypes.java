package org.gazette.source.files.impl;

import java.util.Locale;
import java.util.Map;

/**
 * Guesses a media type from a file name, looking through a trailing {@code .gz} (the content is
 * emitted decompressed).
 */
final class MediaTypes {

    static final String DEFAULT = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", "text/html",
            "htm", "text/html",
            "xhtml", "application/xhtml+xml",
            "txt", "text/plain",
            "text", "text/plain",
            "md", "text/markdown",
            "xml", "application/xml",
            "json", "application/json");

    private MediaTypes() {
    }

    /**
     * @param name a file name or path
     * @return its media type, {@value #DEFAULT} when the extension is unknown
     */
    static String of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int slash = n.lastIndexOf('/');
        int dot = n.lastIndexOf('.');
        if (dot <= slash) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(n.substring(dot + 1), DEFAULT);
    }
}
