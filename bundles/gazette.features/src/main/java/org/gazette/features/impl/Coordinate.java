package org.gazette.features.impl;

import java.util.regex.Pattern;

/**
 * Maven coordinates of a bundle, {@code groupId:artifactId:version}; the jar is
 * {@code <repository>/<artifactId>-<version>.jar}.
 */
record Coordinate(String groupId, String artifactId, String version) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]+");

    static Coordinate parse(String text) {
        String[] p = text == null ? new String[0] : text.trim().split(":");
        if (p.length != 3 || !PART.matcher(p[0]).matches() || !PART.matcher(p[1]).matches() || !PART.matcher(p[2]).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not groupId:artifactId:version");
        }
        return new Coordinate(p[0], p[1], p[2]);
    }

    String fileName() {
        return artifactId + "-" + version + ".jar";
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
