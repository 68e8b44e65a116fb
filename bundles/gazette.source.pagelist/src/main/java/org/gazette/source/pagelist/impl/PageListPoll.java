package org.gazette.source.pagelist.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.Fetcher;
import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.api.model.SourceItem;
import org.gazette.support.source.Digests;
import org.gazette.support.source.Downloader;
import org.gazette.support.source.Downloader.Download;
import org.gazette.support.source.Downloader.Validators;
import org.gazette.support.source.SeenSet;

/**
 * One poll of a page list: read the list, emit each valid URL not emitted before, reject invalid
 * lines with their number. Invalid lines are rejected when the list is new or has changed, not on
 * every poll; a list that is unchanged and was read in full costs one read and a hash.
 */
final class PageListPoll {

    static final String EMITTED = "emitted";
    static final String LIST_HASH = "list.sha256";
    static final String HTTP = "http.";

    private final PageList list;
    private final Downloader downloader;
    private final List<Map.Entry<Map<String, Object>, Fetcher>> fetchers;
    private final SourceContext context;
    private final SourceState state;

    PageListPoll(PageList list, Downloader downloader, List<Map.Entry<Map<String, Object>, Fetcher>> fetchers, SourceContext context) {
        this.list = list;
        this.downloader = downloader;
        this.fetchers = fetchers;
        this.context = context;
        this.state = context.state();
    }

    /**
     * @throws IOException naming the list, when it cannot be read
     * @throws InterruptedException when the poll is interrupted
     */
    void run() throws IOException, InterruptedException {
        Download download = downloader.load(list.uri(), Validators.read(state, HTTP), fetchers, context.sourceId());
        if (download.notModified()) {
            return;
        }
        String hash = Digests.sha256Hex(download.content());
        boolean changed = !hash.equals(state.get(LIST_HASH));
        SeenSet emitted = SeenSet.load(state, EMITTED); // bounded by retainOnly, not by a capacity
        Set<String> listed = new HashSet<>();
        boolean complete = readLines(text(download.content()), changed, emitted, listed);
        if (complete) {
            emitted.retainOnly(listed);
            state.put(LIST_HASH, hash);
            download.validators().save(state, HTTP);
        } else {
            state.remove(LIST_HASH);
            Validators.clear(state, HTTP);
        }
        emitted.save(state);
    }

    /** @return true when every line was handled, false when the poll stopped early */
    private boolean readLines(String text, boolean changed, SeenSet emitted, Set<String> listed) throws InterruptedException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (context.isCancelled()) {
                return false;
            }
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String url;
            try {
                url = ListedUrl.parse(line);
            } catch (ListedUrl.InvalidLineException e) {
                if (changed) {
                    context.reject(list.description() + "#line-" + number, "line " + number + " of " + list.description() + ": " + e.getMessage());
                }
                continue;
            }
            String fingerprint = SeenSet.fingerprint(url);
            if (!listed.add(fingerprint) || emitted.contains(fingerprint)) {
                continue; // listed twice, or emitted by an earlier poll
            }
            try {
                if (!context.emit(item(url, number))) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                context.reject(url, "not accepted by the engine: " + e.getMessage());
            }
            emitted.touch(fingerprint); // not held yet (checked above): appended
        }
        return true;
    }

    private SourceItem item(String url, int line) {
        SourceItem item = new SourceItem();
        item.url = url;
        item.properties = Map.of("pagelist.source", list.description(), "pagelist.line", Integer.toString(line));
        return item;
    }

    /** UTF-8, without a byte order mark; malformed bytes become U+FFFD and the line is then rejected. */
    private static String text(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
