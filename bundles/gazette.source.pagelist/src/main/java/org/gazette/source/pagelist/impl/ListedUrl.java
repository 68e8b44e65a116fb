package org.gazette.source.pagelist.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks one line of a page list: it must hold one absolute http(s) URL with a host. */
final class ListedUrl {

    static final int MAX_LENGTH = 8192;

    private ListedUrl() {
    }

    /** A line that is not a usable URL. */
    static final class InvalidLineException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidLineException(String message) {
            super(message);
        }
    }

    /**
     * @param line a non-blank line that is not a comment, trimmed
     * @return the URL, normalised ({@code /a/../b} becomes {@code /b})
     * @throws InvalidLineException saying what is wrong with it
     */
    static String parse(String line) throws InvalidLineException {
        if (line.length() > MAX_LENGTH) {
            throw new InvalidLineException("the line is longer than " + MAX_LENGTH + " characters");
        }
        if (line.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidLineException("'" + shorten(line) + "' contains white space; write one URL per line");
        }
        URI uri;
        try {
            uri = new URI(line);
        } catch (URISyntaxException e) {
            throw new InvalidLineException("'" + shorten(line) + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidLineException("'" + shorten(line) + "' is not an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidLineException("'" + shorten(line) + "' has no host");
        }
        return uri.normalize().toString();
    }

    private static String shorten(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
