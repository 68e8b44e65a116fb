package org.gazette.source.feed.impl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import org.gazette.api.Fetcher;
import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.support.source.Downloader;
import org.gazette.support.source.Downloader.Download;
import org.gazette.support.source.Downloader.Validators;
import org.gazette.support.source.SeenSet;

/**
 * One poll of a feed: download it (conditionally), parse it, emit the entries not emitted before.
 * The validators for the next conditional request are kept only when every entry was handled, so a
 * poll cut short by the engine's {@code maxItems} or a cancellation is followed by a full download.
 */
final class FeedPoll {

    static final String SEEN = "seen";
    static final String HTTP = "http.";

    private final URI url;
    private final Downloader downloader;
    private final FeedParser parser;
    private final int remember;
    private final List<Map.Entry<Map<String, Object>, Fetcher>> fetchers;
    private final SourceContext context;
    private final SourceState state;

    FeedPoll(URI url, Downloader downloader, FeedParser parser, int remember,
            List<Map.Entry<Map<String, Object>, Fetcher>> fetchers, SourceContext context) {
        this.url = url;
        this.downloader = downloader;
        this.parser = parser;
        this.remember = remember;
        this.fetchers = fetchers;
        this.context = context;
        this.state = context.state();
    }

    /**
     * @throws IOException naming the feed URL, when it cannot be fetched or is not a readable feed
     * @throws InterruptedException when the poll is interrupted
     */
    void run() throws IOException, InterruptedException {
        Download download = downloader.load(url, Validators.read(state, HTTP), fetchers, context.sourceId());
        if (download.notModified()) {
            return;
        }
        Feed feed;
        try {
            feed = parser.parse(download.content(), base(download.finalUrl()));
        } catch (FeedFormatException e) {
            throw new IOException("cannot read the feed " + url + ": " + e.getMessage(), e);
        }
        SeenSet seen = SeenSet.load(state, SEEN, remember);
        boolean complete = emitNew(feed, seen);
        seen.save(state);
        if (complete) {
            download.validators().save(state, HTTP);
        } else {
            Validators.clear(state, HTTP);
        }
    }

    /** @return true when every entry was handled, false when the poll stopped early */
    private boolean emitNew(Feed feed, SeenSet seen) throws InterruptedException {
        String feedUrl = url.toString();
        for (FeedEntry entry : feed.entries()) {
            if (context.isCancelled()) {
                return false;
            }
            String identity = entry.identity();
            if (identity == null) {
                context.reject(entry.label(feedUrl), "entry " + entry.position() + " of " + feedUrl + ": " + entry.linkProblem());
                continue;
            }
            String fingerprint = SeenSet.fingerprint(identity);
            if (seen.contains(fingerprint)) {
                seen.touch(fingerprint);
                continue;
            }
            if (entry.link() == null) {
                // remembered, so that the same broken entry is reported once, not on every poll
                context.reject(entry.label(feedUrl), "entry " + entry.position() + " of " + feedUrl + ": " + entry.linkProblem());
                seen.touch(fingerprint);
                continue;
            }
            try {
                if (!context.emit(FeedItems.item(entry, feed, feedUrl))) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                context.reject(entry.link(), "not accepted by the engine: " + e.getMessage());
            }
            seen.touch(fingerprint);
        }
        return true;
    }

    private URI base(String finalUrl) {
        try {
            return new URI(finalUrl);
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
