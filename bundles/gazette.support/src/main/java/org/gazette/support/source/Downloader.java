package org.gazette.support.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gazette.api.FetchException;
import org.gazette.api.Fetcher;
import org.gazette.api.SourceState;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;
import org.gazette.api.model.SourceItem;

/**
 * Brings the bytes of a document a source reads (a feed, a sitemap, robots.txt, a page list):
 * {@code file:} URLs are read directly, everything else through the {@link Fetcher} that serves
 * the URL's scheme (so robots.txt and politeness apply), as a conditional request with the
 * validators of the previous download. Never returns more than the size limit.
 *
 * <p>Every failure is an {@link IOException} whose message names the URL; an interrupted fetch is
 * an {@link InterruptedException}. Immutable and safe to share between polls.
 */
public final class Downloader {

    /**
     * What a server said about a version of the document, for a conditional request.
     *
     * @param etag the ETag, or {@code null}
     * @param lastModified the Last-Modified, or {@code null}
     */
    public record Validators(String etag, String lastModified) {
        /** No validators: an unconditional request. */
        public static final Validators NONE = new Validators(null, null);

        /**
         * @param state the source state
         * @param prefix what the keys start with: {@code <prefix>etag}, {@code <prefix>lastModified}
         * @return the validators stored there, {@code null} fields where none are
         */
        public static Validators read(SourceState state, String prefix) {
            return new Validators(state.get(prefix + "etag"), state.get(prefix + "lastModified"));
        }

        /**
         * Stores these validators under {@code <prefix>etag} and {@code <prefix>lastModified}
         * (removing the keys of {@code null} fields).
         *
         * @param state the source state
         * @param prefix what the keys start with
         */
        public void save(SourceState state, String prefix) {
            state.put(prefix + "etag", etag);
            state.put(prefix + "lastModified", lastModified);
        }

        /**
         * Forgets the stored validators, so that the next request is unconditional.
         *
         * @param state the source state
         * @param prefix what the keys start with
         */
        public static void clear(SourceState state, String prefix) {
            NONE.save(state, prefix);
        }
    }

    /**
     * A download.
     *
     * @param content the body, empty when not modified
     * @param finalUrl where it was finally served from, after redirects: the base of relative links
     * @param validators what to send with the next request
     * @param notModified true when the server answered that nothing changed
     */
    public record Download(byte[] content, String finalUrl, Validators validators, boolean notModified) {
    }

    private final long maxBytes;
    private final String limit;
    private final Duration timeout;

    /**
     * @param maxBytes the largest body to accept
     * @param limit the limit as operators configured it ({@code maxBytes 5MB}), for messages
     * @param timeout the time one fetch may take
     */
    public Downloader(long maxBytes, String limit, Duration timeout) {
        this.maxBytes = maxBytes;
        this.limit = limit;
        this.timeout = timeout;
    }

    /** @return the largest document this downloader returns, in bytes */
    public long maxBytes() {
        return maxBytes;
    }

    /** @return the size limit as configured, for messages ("maxBytes 5MB (5242880 bytes)") */
    public String limit() {
        return limit;
    }

    /**
     * @param url an absolute URL
     * @param previous validators of the previous download, or {@link Validators#NONE}
     * @param fetchers the fetcher services with their properties
     * @param sourceId the polling source, for the fetch request
     * @return the download
     * @throws IOException naming the URL, when nothing usable could be had
     * @throws InterruptedException when the poll is interrupted
     */
    public Download load(URI url, Validators previous, List<Map.Entry<Map<String, Object>, Fetcher>> fetchers, String sourceId)
            throws IOException, InterruptedException {
        if ("file".equalsIgnoreCase(url.getScheme())) {
            return new Download(readFile(url), url.toString(), Validators.NONE, false);
        }
        Fetcher fetcher = Fetchers.forScheme(fetchers, url.getScheme()).orElseThrow(() -> new IOException(
                "cannot fetch " + url + ": no fetcher for '" + url.getScheme() + "' URLs is available"
                        + " (install a fetcher bundle such as gazette.fetch.http)"));
        Document doc = fetch(fetcher, request(url, previous, sourceId));
        if (doc == null) {
            throw new IOException("cannot fetch " + url + ": the fetcher returned nothing");
        }
        if (doc.notModified) {
            return new Download(new byte[0], url.toString(), previous, true);
        }
        if (doc.status != 0 && (doc.status < 200 || doc.status > 299)) {
            throw new IOException("cannot fetch " + url + ": HTTP status " + doc.status);
        }
        byte[] content = doc.content == null ? new byte[0] : doc.content;
        if (content.length > maxBytes) {
            throw new IOException(url + " is " + content.length + " bytes, more than " + limit);
        }
        String finalUrl = doc.finalUrl == null || doc.finalUrl.isBlank() ? url.toString() : doc.finalUrl;
        return new Download(content, finalUrl, new Validators(doc.etag, doc.lastModified), false);
    }

    private FetchRequest request(URI url, Validators previous, String sourceId) {
        FetchRequest request = new FetchRequest();
        request.url = url.toString();
        request.sourceId = sourceId;
        request.etag = previous.etag();
        request.lastModified = previous.lastModified();
        request.maxBytes = maxBytes;
        request.timeoutMillis = timeout.toMillis();
        request.item = new SourceItem();
        request.item.url = request.url;
        return request;
    }

    private static Document fetch(Fetcher fetcher, FetchRequest request) throws IOException, InterruptedException {
        try {
            return fetcher.fetch(request);
        } catch (FetchException e) {
            throw new IOException("cannot fetch " + request.url + " (" + e.reason() + "): " + message(e), e);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(request.url, e);
            }
            throw new IOException("cannot fetch " + request.url + ": " + message(e), e);
        }
    }

    private byte[] readFile(URI url) throws IOException {
        Path path;
        try {
            path = Path.of(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot read " + url + ": " + e.getMessage(), e);
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new IOException(url + " is " + size + " bytes, more than " + limit);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (content.length > maxBytes) {
                    throw new IOException(url + " grew to more than " + limit + " while being read");
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + url + ": no such file", e);
        }
    }

    private static InterruptedException interrupted(String url, Exception cause) {
        InterruptedException e = new InterruptedException("interrupted while fetching " + url);
        e.initCause(cause);
        return e;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
