package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;

/** A state store in memory for engine tests; copies records in and out like a database would. */
final class MemoryStateStore implements StateStore {
    private final Map<String, UrlRecord> urls = new ConcurrentHashMap<>();
    private final Map<String, KeyValue> namespaces = new ConcurrentHashMap<>();

    @Override
    public UrlRecord url(String url) {
        UrlRecord r = urls.get(url);
        return r == null ? null : copy(r);
    }

    @Override
    public boolean insertUrl(UrlRecord record) {
        return urls.putIfAbsent(record.url, copy(record)) == null;
    }

    @Override
    public void saveUrl(UrlRecord record) {
        urls.put(record.url, copy(record));
    }

    @Override
    public List<UrlRecord> urls(UrlState state, int limit) {
        List<UrlRecord> out = new ArrayList<>();
        urls.values().stream().filter(r -> r.state == state).sorted(Comparator.comparing(r -> r.firstSeen))
                .limit(limit).forEach(r -> out.add(copy(r)));
        return out;
    }

    @Override
    public long[] countUrls() {
        long[] counts = new long[UrlState.values().length];
        urls.values().forEach(r -> counts[r.state.ordinal()]++);
        return counts;
    }

    @Override
    public KeyValue namespace(String name) {
        return namespaces.computeIfAbsent(name, Namespace::new);
    }

    @Override
    public String location() {
        return "memory";
    }

    private static UrlRecord copy(UrlRecord r) {
        UrlRecord c = new UrlRecord();
        c.url = r.url;
        c.host = r.host;
        c.sourceId = r.sourceId;
        c.state = r.state;
        c.firstSeen = r.firstSeen;
        c.lastFetched = r.lastFetched;
        c.nextDue = r.nextDue;
        c.status = r.status;
        c.etag = r.etag;
        c.lastModified = r.lastModified;
        c.contentHash = r.contentHash;
        c.canonicalUrl = r.canonicalUrl;
        c.articleId = r.articleId;
        c.attempts = r.attempts;
        c.reason = r.reason;
        c.item = r.item;
        return c;
    }

    private static final class Namespace implements KeyValue {
        private final String name;
        private final ConcurrentSkipListMap<String, String> values = new ConcurrentSkipListMap<>();

        Namespace(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

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
        public String putIfAbsent(String key, String value) {
            return values.putIfAbsent(key, value);
        }

        @Override
        public boolean remove(String key) {
            return values.remove(key) != null;
        }

        @Override
        public Map<String, String> scan(String keyPrefix, int limit) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : values.tailMap(keyPrefix).entrySet()) {
                if (!e.getKey().startsWith(keyPrefix) || out.size() >= limit) {
                    break;
                }
                out.put(e.getKey(), e.getValue());
            }
            return out;
        }
    }
}
