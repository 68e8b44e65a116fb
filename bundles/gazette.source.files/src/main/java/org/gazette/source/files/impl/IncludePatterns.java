package org.gazette.source.files.impl;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gazette.support.InvalidPropertyException;

/**
 * Glob patterns ({@code *.html}, {@code news-??.txt}, {@code *.{htm,html}}) matched against a file
 * name, ignoring case. An entry may hold several patterns separated by commas outside braces,
 * because a {@code .cfg} file (plain properties) cannot hold an array:
 * {@code include=*.html, *.txt} is read as two patterns.
 */
final class IncludePatterns {

    private final List<PathMatcher> matchers;

    private IncludePatterns(List<PathMatcher> matchers) {
        this.matchers = matchers;
    }

    /**
     * @param property the property the patterns came from, for error messages
     * @param patterns the patterns, each entry possibly comma-separated; blank ones are ignored
     * @return the patterns
     * @throws InvalidPropertyException when no pattern is given, one names a path, or one is not a glob
     */
    static IncludePatterns parse(String property, String[] patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : split(patterns)) {
            if (pattern.isBlank()) {
                continue;
            }
            String glob = pattern.trim().toLowerCase(Locale.ROOT);
            if (glob.contains("/") || glob.contains("\\")) {
                throw new InvalidPropertyException(property,
                        "'" + pattern + "' contains a path separator; patterns match file names only");
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (IllegalArgumentException e) {
                throw new InvalidPropertyException(property, "'" + pattern + "' is not a glob pattern: " + e.getMessage());
            }
        }
        if (matchers.isEmpty()) {
            throw new InvalidPropertyException(property, "needs at least one pattern, such as *.html");
        }
        return new IncludePatterns(List.copyOf(matchers));
    }

    private static List<String> split(String[] entries) {
        List<String> patterns = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null) {
                continue;
            }
            int depth = 0;
            int start = 0;
            for (int i = 0; i < entry.length(); i++) {
                char c = entry.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    patterns.add(entry.substring(start, i));
                    start = i + 1;
                }
            }
            patterns.add(entry.substring(start));
        }
        return patterns;
    }

    /**
     * @param fileName a file name without folders
     * @return true when any pattern matches it
     */
    boolean matches(String fileName) {
        Path name = Path.of(fileName.toLowerCase(Locale.ROOT));
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
