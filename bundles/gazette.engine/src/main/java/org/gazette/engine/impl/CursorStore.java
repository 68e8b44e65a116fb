package org.gazette.engine.impl;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateException;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * Durable per-source state: one JSON object per source id in the state store's {@code sources}
 * namespace, replaced in one write, so a crash leaves the old or the new state, never half of one,
 * and runtimes sharing a store share their sources' cursors.
 */
final class CursorStore {
    static final String NAMESPACE = "sources";
    private static final java.lang.reflect.Type MAP = new TypeToken<Map<String, String>>() { }.getType();
    private final KeyValue values;
    private final Gson gson = new Gson();

    CursorStore(KeyValue values) {
        this.values = values;
    }

    Map<String, String> load(String sourceId) throws IOException {
        String json;
        try {
            json = values.get(sourceId);
        } catch (StateException e) {
            throw new IOException("cannot read the state of source '" + sourceId + "': " + e.getMessage(), e);
        }
        if (json == null) {
            return new HashMap<>();
        }
        try {
            Map<String, String> m = gson.fromJson(json, MAP);
            return m == null ? new HashMap<>() : m;
        } catch (JsonParseException e) {
            throw new IOException("state of source '" + sourceId + "' is corrupt: " + e.getMessage(), e);
        }
    }

    void save(String sourceId, Map<String, String> state) throws IOException {
        try {
            values.put(sourceId, gson.toJson(new TreeMap<>(state)));
        } catch (StateException e) {
            throw new IOException("cannot save the state of source '" + sourceId + "': " + e.getMessage(), e);
        }
    }
}
