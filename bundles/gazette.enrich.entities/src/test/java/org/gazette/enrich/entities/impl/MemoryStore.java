package org.gazette.enrich.entities.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;

/** A state store with one key-value namespace in memory, counting writes; URLs are not kept. */
final class MemoryStore implements StateStore {

    /** The namespace: keys in order, so that scans behave like the database's. */
    static final class Namespace implements KeyValue {
        final TreeMap<String, String> map = new TreeMap<>();
        int writes;

        @Override public String name() { return EntityEnricher.NAMESPACE; }
        @Override public String get(String key) { return map.get(key); }

        @Override
        public void put(String key, String value) {
            writes++;
            if (value == null) {
                map.remove(key);
            } else {
                map.put(key, value);
            }
        }

        @Override
        public String putIfAbsent(String key, String value) {
            String before = map.putIfAbsent(key, value);
            if (before == null) {
                writes++;
            }
            return before;
        }

        @Override
        public boolean remove(String key) {
            writes++;
            return map.remove(key) != null;
        }

        @Override
        public Map<String, String> scan(String keyPrefix, int limit) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : map.tailMap(keyPrefix).entrySet()) {
                if (!e.getKey().startsWith(keyPrefix) || out.size() >= limit) {
                    break;
                }
                out.put(e.getKey(), e.getValue());
            }
            return out;
        }
    }

    final Namespace entities = new Namespace();

    @Override
    public KeyValue namespace(String name) {
        if (!EntityEnricher.NAMESPACE.equals(name)) {
            throw new IllegalArgumentException("only the entities namespace is kept in this test store, not " + name);
        }
        return entities;
    }

    @Override public UrlRecord url(String url) { return null; }
    @Override public boolean insertUrl(UrlRecord record) { return true; }
    @Override public void saveUrl(UrlRecord record) { }
    @Override public List<UrlRecord> urls(UrlState state, int limit) { return List.of(); }
    @Override public long[] countUrls() { return new long[UrlState.values().length]; }
    @Override public String location() { return "memory"; }
}
