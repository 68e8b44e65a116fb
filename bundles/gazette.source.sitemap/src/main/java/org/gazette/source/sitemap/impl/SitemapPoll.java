package org.gazette.source.sitemap.impl;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.Fetcher;
import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.support.source.Downloader;
import org.gazette.support.source.Downloader.Download;
import org.gazette.support.source.Downloader.Validators;
import org.gazette.support.source.SeenSet;

/**
 * One poll of a sitemap source: find the sitemaps (the configured one, or those a robots.txt
 * lists), read them breadth first, following indexes, newest child first, and emit the URLs that
 * are recent enough and were not emitted before.
 *
 * <p>State, besides the fingerprints of emitted URLs under {@value #SEEN}: per sitemap URL
 * {@code "<url> lastmod"} (the lastmod its index gave when it was last read in full),
 * {@code "<url> http.etag"} and {@code "<url> http.lastModified"} (validators of a URL set) and
 * {@code "<url> index"} (it is an index: always read, never conditionally). A child whose lastmod
 * is unchanged is not fetched at all. State of sitemaps no longer listed is forgotten.
 */
final class SitemapPoll {

    static final String SEEN = "seen";
    static final int MAX_INDEX_DEPTH = 3;
    private static final String LASTMOD = " lastmod";
    private static final String INDEX = " index";
    private static final String HTTP = " http.";

    /** A sitemap waiting to be read: its URL, the lastmod its index gave, and how deep it is. */
    private record Pending(URI url, OffsetDateTime lastModified, int depth) {
        String key() {
            return url.toString();
        }
    }

    private final SitemapSettings settings;
    private final Downloader downloader;
    private final SitemapReader reader;
    private final List<Map.Entry<Map<String, Object>, Fetcher>> fetchers;
    private final SourceContext context;
    private final SourceState state;
    private final OffsetDateTime cutoff;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Set<String> listed = new HashSet<>();
    private SeenSet seen;

    SitemapPoll(SitemapSettings settings, Downloader downloader, SitemapReader reader,
            List<Map.Entry<Map<String, Object>, Fetcher>> fetchers, Clock clock, SourceContext context) {
        this.settings = settings;
        this.downloader = downloader;
        this.reader = reader;
        this.fetchers = fetchers;
        this.context = context;
        this.state = context.state();
        this.cutoff = settings.maxAge().isZero() ? null
                : OffsetDateTime.ofInstant(clock.instant().minus(settings.maxAge()), ZoneOffset.UTC);
    }

    /**
     * @throws IOException naming the URL, when the configured sitemap or robots.txt cannot be read
     * @throws InterruptedException when the poll is interrupted
     */
    void run() throws IOException, InterruptedException {
        seen = SeenSet.load(state, SEEN, settings.remember());
        URI robots = robotsUrl(settings.url());
        if (robots == null) {
            queue.add(new Pending(settings.url(), null, 0));
        } else {
            for (URI sitemap : sitemapsOf(robots)) {
                queue.add(new Pending(sitemap, null, 1));
            }
        }
        queue.forEach(p -> listed.add(p.key()));
        int fetched = 0;
        boolean ranThrough = true;
        while (!queue.isEmpty()) {
            Pending next = queue.poll();
            if (context.isCancelled()) {
                ranThrough = false;
                break;
            }
            if (unchanged(next) || tooOld(next)) {
                continue;
            }
            if (fetched >= settings.maxSitemaps()) {
                break; // the rest in later polls: unchanged ones are skipped without counting
            }
            fetched++;
            if (!visit(next)) {
                ranThrough = false;
                break;
            }
        }
        seen.save(state);
        if (ranThrough) {
            forgetUnlisted();
        }
    }

    /** @return the robots.txt URL when the configured URL is a robots.txt or a site root, else {@code null} */
    static URI robotsUrl(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        if (path.isEmpty() || path.equals("/")) {
            return url.resolve("/robots.txt");
        }
        return path.toLowerCase(Locale.ROOT).endsWith("/robots.txt") ? url : null;
    }

    private List<URI> sitemapsOf(URI robots) throws IOException, InterruptedException {
        Download download = downloader.load(robots, Validators.NONE, fetchers, context.sourceId());
        List<URI> sitemaps = RobotsSitemaps.sitemaps(download.content(), robots);
        if (sitemaps.isEmpty()) {
            throw new IOException(robots + " lists no sitemaps (no 'Sitemap:' line)");
        }
        return sitemaps;
    }

    private boolean unchanged(Pending p) {
        return p.lastModified() != null && state.get(p.key() + INDEX) == null
                && SitemapItems.iso(p.lastModified()).equals(state.get(p.key() + LASTMOD));
    }

    private boolean tooOld(Pending p) {
        return p.lastModified() != null && cutoff != null && state.get(p.key() + INDEX) == null
                && p.lastModified().isBefore(cutoff);
    }

    /** @return false when the poll must stop (emit refused) */
    private boolean visit(Pending p) throws IOException, InterruptedException {
        String key = p.key();
        Validators previous = state.get(key + INDEX) != null ? Validators.NONE : Validators.read(state, key + HTTP);
        Download download;
        try {
            download = downloader.load(p.url(), previous, fetchers, context.sourceId());
        } catch (IOException e) {
            return failed(p, e.getMessage(), e);
        }
        if (download.notModified()) {
            done(p, download.validators());
            return true;
        }
        Sitemap sitemap;
        try {
            byte[] content = Gzip.decompressIfGzip(download.content(), settings.maxBytes(), settings.limit());
            sitemap = reader.read(content, base(download, p));
        } catch (IOException | SitemapFormatException e) {
            return failed(p, "cannot read the sitemap " + key + ": " + e.getMessage(), e);
        }
        if (sitemap instanceof Sitemap.Index index) {
            follow(p, index);
            return true;
        }
        state.remove(key + INDEX);
        for (Sitemap.Entry entry : ((Sitemap.UrlSet) sitemap).entries()) {
            if (context.isCancelled() || !offer(entry, key)) {
                return false;
            }
        }
        done(p, download.validators());
        return true;
    }

    /** The configured sitemap failing fails the poll; a sitemap listed by an index or robots.txt is rejected. */
    private boolean failed(Pending p, String message, Exception e) throws IOException {
        if (p.depth() == 0) {
            throw new IOException(message, e);
        }
        context.reject(p.key(), message);
        return true;
    }

    private static URI base(Download download, Pending p) {
        try {
            return URI.create(download.finalUrl());
        } catch (IllegalArgumentException e) {
            return p.url();
        }
    }

    private void follow(Pending p, Sitemap.Index index) {
        String key = p.key();
        state.put(key + INDEX, "true");
        Validators.clear(state, key + HTTP);
        if (p.depth() >= MAX_INDEX_DEPTH) {
            context.reject(key, "sitemap index " + key + " is nested more than " + MAX_INDEX_DEPTH
                    + " levels deep: its sitemaps are not followed");
            return;
        }
        index.children().stream()
                .sorted(Comparator.comparing(Sitemap.Child::lastModified, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(child -> {
                    if (listed.add(child.url().toString())) {
                        queue.add(new Pending(child.url(), child.lastModified(), p.depth() + 1));
                    }
                });
    }

    /** @return false when the engine refused the item because the poll must stop */
    private boolean offer(Sitemap.Entry entry, String sitemapUrl) throws InterruptedException {
        String scheme = entry.url().substring(0, Math.max(0, entry.url().indexOf(':'))).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            context.reject(entry.url(), "sitemap " + sitemapUrl + " lists a URL that is not http(s)");
            return true;
        }
        OffsetDateTime date = entry.date();
        if (date != null && cutoff != null && date.isBefore(cutoff)) {
            return true;
        }
        String fingerprint = SeenSet.fingerprint(entry.url());
        if (seen.contains(fingerprint)) {
            seen.touch(fingerprint);
            return true;
        }
        try {
            if (!context.emit(SitemapItems.item(entry, sitemapUrl))) {
                return false;
            }
        } catch (IllegalArgumentException e) {
            context.reject(entry.url(), "not accepted by the engine: " + e.getMessage());
        }
        seen.touch(fingerprint);
        return true;
    }

    /** Records that a sitemap was read in full (or was not modified), so that it is skipped while unchanged. */
    private void done(Pending p, Validators validators) {
        String key = p.key();
        if (p.lastModified() != null) {
            state.put(key + LASTMOD, SitemapItems.iso(p.lastModified()));
        }
        validators.save(state, key + HTTP);
    }

    private void forgetUnlisted() {
        for (String key : state.keys()) {
            int space = key.indexOf(' ');
            if (space > 0 && !listed.contains(key.substring(0, space))) {
                state.remove(key);
            }
        }
    }
}
