package org.gazette.source.sitemap.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code Sitemap:} lines of a robots.txt file. They are independent of user-agent groups
 * and may be relative to the robots.txt URL. The rules themselves are the fetcher's business.
 */
final class RobotsSitemaps {

    private RobotsSitemaps() {
    }

    /**
     * @param robots the robots.txt content
     * @param robotsUrl its URL
     * @return the sitemap URLs it lists, in order, without duplicates; only http(s) ones
     */
    static List<URI> sitemaps(byte[] robots, URI robotsUrl) {
        List<URI> sitemaps = new ArrayList<>();
        for (String raw : new String(robots, StandardCharsets.UTF_8).split("\r\n|\r|\n")) {
            String line = raw.strip();
            if (line.length() < 8 || !line.substring(0, 8).toLowerCase(Locale.ROOT).equals("sitemap:")) {
                continue;
            }
            String value = line.substring(8).strip();
            int comment = value.indexOf(" #");
            if (comment >= 0) {
                value = value.substring(0, comment).strip();
            }
            try {
                URI uri = robotsUrl.resolve(new URI(value)).normalize();
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https") || scheme.equals("file")) && !sitemaps.contains(uri)) {
                    sitemaps.add(uri);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // a malformed Sitemap line is skipped, like crawlers do
            }
        }
        return sitemaps;
    }
}
