package org.gazette.source.pagelist.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import org.gazette.api.SourceState;

/**
 * Fingerprints of the listed URLs that were already emitted, kept in the source state under one key
 * as a space-separated list. Fingerprints of URLs that left the list are dropped once a whole list
 * has been read, so the set never outgrows the list, and a URL removed and later added again is
 * emitted again.
 */
final class EmittedUrls {

    private final String key;
    private final Set<String> fingerprints = new LinkedHashSet<>();

    private EmittedUrls(String key) {
        this.key = key;
    }

    static EmittedUrls load(SourceState state, String key) {
        EmittedUrls urls = new EmittedUrls(key);
        String stored = state.get(key);
        if (stored != null) {
            for (String fp : stored.trim().split(" +")) {
                if (!fp.isEmpty()) {
                    urls.fingerprints.add(fp);
                }
            }
        }
        return urls;
    }

    /** @return 64 bits of the SHA-256 of the URL, in hex */
    static String fingerprint(String url) {
        return HexFormat.of().formatHex(sha256(url.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    boolean contains(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    void add(String fingerprint) {
        fingerprints.add(fingerprint);
    }

    /** Forgets the URLs that are not in the list any more. */
    void retainOnly(Set<String> listed) {
        fingerprints.retainAll(listed);
    }

    void save(SourceState state) {
        state.put(key, fingerprints.isEmpty() ? null : String.join(" ", fingerprints));
    }
}
