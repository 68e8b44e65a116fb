package org.gazette.source.feed.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.api.model.SourceItem;

/** A {@link SourceContext} that records what a source emits and rejects, with state in a map. */
final class FakeContext implements SourceContext {

    /** One rejected item. */
    record Rejected(String url, String reason) {
    }

    final List<SourceItem> emitted = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    final Map<String, String> values = new HashMap<>();
    /** Emits accepted before {@link #emit} returns false, as when the engine cancels the poll. */
    int acceptBeforeCancel = Integer.MAX_VALUE;
    boolean cancelled;
    /** Items the engine refuses with an IllegalArgumentException (too large for it). */
    Predicate<SourceItem> refuse = item -> false;

    private final SourceState state = new SourceState() {
        @Override
        public String get(String key) {
            return values.get(key);
        }

        @Override
        public void put(String key, String value) {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }

        @Override
        public Set<String> keys() {
            return Set.copyOf(values.keySet());
        }
    };

    /** Clears what was emitted and rejected, keeping the state, as between two polls. */
    FakeContext nextPoll() {
        emitted.clear();
        rejected.clear();
        return this;
    }


    @Override
    public String sourceId() {
        return "test";
    }

    @Override
    public boolean emit(SourceItem item) {
        if (item.url == null) {
            throw new IllegalArgumentException("no url");
        }
        if (refuse.test(item)) {
            throw new IllegalArgumentException("item too large");
        }
        if (emitted.size() >= acceptBeforeCancel) {
            cancelled = true;
            return false;
        }
        emitted.add(item);
        return true;
    }

    @Override
    public void reject(String url, String reason) {
        rejected.add(new Rejected(url, reason));
    }

    @Override
    public long maxItemBytes() {
        return Long.MAX_VALUE;
    }

    List<String> emittedUrls() {
        return emitted.stream().map(item -> item.url).toList();
    }

    List<String> rejectedUrls() {
        return rejected.stream().map(Rejected::url).toList();
    }

    @Override
    public SourceState state() {
        return state;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
