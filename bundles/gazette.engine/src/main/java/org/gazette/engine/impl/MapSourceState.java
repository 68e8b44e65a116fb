package org.gazette.engine.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gazette.api.SourceState;

/** A source's state during one poll: a private copy that is saved only when the poll ends well. */
final class MapSourceState implements SourceState {
    private final Map<String, String> values;

    MapSourceState(Map<String, String> loaded) {
        this.values = new HashMap<>(loaded);
    }

    @Override
    public synchronized String get(String key) {
        return values.get(key);
    }

    @Override
    public synchronized void put(String key, String value) {
        if (key == null) {
            throw new IllegalArgumentException("state key must not be null");
        }
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    @Override
    public synchronized void remove(String key) {
        values.remove(key);
    }

    @Override
    public synchronized Set<String> keys() {
        return new TreeSet<>(values.keySet());
    }

    synchronized Map<String, String> snapshot() {
        return new HashMap<>(values);
    }
}
