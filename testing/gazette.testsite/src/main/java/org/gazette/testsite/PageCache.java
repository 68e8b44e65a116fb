package org.gazette.testsite;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Rendered resources by key, reused until the site's content version changes. */
final class PageCache {

    private record Entry(long version, Representation representation) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier version;

    PageCache(LongSupplier version) {
        this.version = version;
    }

    Representation get(String key, Supplier<Representation> render) {
        long current = version.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == current) {
            return entry.representation();
        }
        Representation fresh = render.get();
        entries.put(key, new Entry(current, fresh)); // a concurrent change makes it stale: the next get re-renders
        return fresh;
    }
}
