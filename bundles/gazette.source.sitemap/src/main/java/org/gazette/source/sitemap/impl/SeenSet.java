package org.gazette.source.sitemap.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;

import org.gazette.api.SourceState;

/**
 * Fingerprints of what a source already emitted, kept in its state under one key as a
 * space-separated list, least recently seen first. Bounded: past the capacity the fingerprints
 * not seen for longest are forgotten, so URLs still listed (which are
 * {@linkplain #touch touched} on every poll) are never forgotten while the capacity exceeds the
 * number of URLs listed.
 */
final class SeenSet {

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
     * @param capacity the most fingerprints kept
     * @return the set as stored, empty when nothing was
     */
    static SeenSet load(SourceState state, String key, int capacity) {
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
     * @param identity what identifies an item (its URL)
     * @return a short, stable fingerprint of it (64 bits of SHA-256, hex)
     */
    static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    boolean contains(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /** Records a fingerprint as the most recently seen, forgetting the oldest past the capacity. */
    void touch(String fingerprint) {
        fingerprints.remove(fingerprint);
        fingerprints.add(fingerprint);
        trim();
    }

    int size() {
        return fingerprints.size();
    }

    void save(SourceState state) {
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
