package org.gazette.support.source;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;

import org.gazette.api.SourceState;

/**
 * Fingerprints of what a source already emitted, kept in its state under one key as a
 * space-separated list, least recently seen first. Two ways to keep it from growing without end,
 * for the two kinds of source:
 * <ul>
 * <li>a <em>capacity</em> ({@link #load(SourceState, String, int)}), for a source that sees a
 * sliding window of a longer stream (a feed, a sitemap): past the capacity the fingerprints not
 * seen for longest are forgotten, so items still listed (which the source {@linkplain #touch
 * touches} on every poll) are never forgotten while the capacity exceeds the number listed;</li>
 * <li>{@linkplain #retainOnly retaining only} what a complete read still lists, for a source that
 * reads a whole list every time (a page list, loaded {@linkplain #load(SourceState, String)
 * without a capacity}): the set never outgrows the list, and an item removed and later listed
 * again is new again.</li>
 * </ul>
 * Not thread-safe: a poll loads it, changes it and {@linkplain #save saves} it.
 */
public final class SeenSet {

    private final String key;
    private final int capacity;
    private final LinkedHashSet<String> fingerprints = new LinkedHashSet<>();

    private SeenSet(String key, int capacity) {
        this.key = key;
        this.capacity = capacity;
    }

    /**
     * @param state the source state
     * @param key the key the set is stored under
     * @param capacity the most fingerprints kept, at least 1
     * @return the set as stored (its most recently seen fingerprints, when more were stored than
     *         the capacity), empty when nothing was
     */
    public static SeenSet load(SourceState state, String key, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a seen set keeps at least 1 fingerprint, not " + capacity);
        }
        SeenSet set = new SeenSet(key, capacity);
        String stored = state.get(key);
        if (stored != null) {
            for (String fp : stored.trim().split(" +")) {
                if (!fp.isEmpty()) {
                    set.fingerprints.add(fp);
                }
            }
        }
        set.trim();
        return set;
    }

    /**
     * @param state the source state
     * @param key the key the set is stored under
     * @return the set as stored, without a capacity: the caller bounds it with {@link #retainOnly}
     */
    public static SeenSet load(SourceState state, String key) {
        return load(state, key, Integer.MAX_VALUE);
    }

    /**
     * @param identity what identifies an item (an entry's id, guid or link; a URL)
     * @return a short, stable fingerprint of it: 64 bits of its SHA-256, 16 lower-case hex digits
     */
    public static String fingerprint(String identity) {
        return Digests.sha256Hex(identity, 8);
    }

    /**
     * @param fingerprint a fingerprint
     * @return true when the set holds it
     */
    public boolean contains(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /**
     * Records a fingerprint as the most recently seen, forgetting the oldest past the capacity.
     *
     * @param fingerprint a fingerprint
     */
    public void touch(String fingerprint) {
        fingerprints.remove(fingerprint);
        fingerprints.add(fingerprint);
        trim();
    }

    /**
     * Forgets every fingerprint that is not among those given: what a complete read no longer lists.
     *
     * @param listed the fingerprints to keep, where the set holds them
     */
    public void retainOnly(Collection<String> listed) {
        fingerprints.retainAll(listed);
    }

    /** @return how many fingerprints the set holds */
    public int size() {
        return fingerprints.size();
    }

    /**
     * Stores the set under its key, least recently seen first; an empty set removes the key.
     *
     * @param state the source state
     */
    public void save(SourceState state) {
        state.put(key, fingerprints.isEmpty() ? null : String.join(" ", fingerprints));
    }

    private void trim() {
        Iterator<String> oldest = fingerprints.iterator();
        while (fingerprints.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
