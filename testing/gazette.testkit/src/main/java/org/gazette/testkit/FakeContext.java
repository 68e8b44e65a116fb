package org.gazette.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.api.model.SourceItem;

/**
 * A {@link SourceContext} that records what a source emits and rejects, with state in a map.
 * Its fields are public so that tests can arrange the engine's answers and inspect the outcome;
 * one instance serves one test (not thread-safe).
 */
public final class FakeContext implements SourceContext {

    /**
     * One rejected item.
     *
     * @param url what was rejected
     * @param reason why
     */
    public record Rejected(String url, String reason) {
    }

    /** The items emitted and accepted, in order. */
    public final List<SourceItem> emitted = new ArrayList<>();
    /** The items rejected, in order. */
    public final List<Rejected> rejected = new ArrayList<>();
    /** The source state, as plain key/value pairs. */
    public final Map<String, String> values = new HashMap<>();
    /** Emits accepted before {@link #emit} returns false, as when the engine cancels the poll. */
    public int acceptBeforeCancel = Integer.MAX_VALUE;
    /** What {@link #isCancelled} answers; set once {@link #emit} has refused an item. */
    public boolean cancelled;
    /** Items the engine refuses with an IllegalArgumentException (too large for it). */
    public Predicate<SourceItem> refuse = item -> false;

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

    /**
     * Clears what was emitted and rejected, keeping the state, as between two polls.
     *
     * @return this context
     */
    public FakeContext nextPoll() {
        emitted.clear();
        rejected.clear();
        return this;
    }

    /** @return the URLs of the emitted items, in order */
    public List<String> emittedUrls() {
        return emitted.stream().map(item -> item.url).toList();
    }

    /**
     * @param name an item property, such as {@code file.path}
     * @return its value on each emitted item, in order ({@code null} where an item lacks it)
     */
    public List<String> emittedProperty(String name) {
        return emitted.stream().map(item -> item.properties == null ? null : item.properties.get(name)).toList();
    }

    /** @return the URLs of the rejected items, in order */
    public List<String> rejectedUrls() {
        return rejected.stream().map(Rejected::url).toList();
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

    @Override
    public SourceState state() {
        return state;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
