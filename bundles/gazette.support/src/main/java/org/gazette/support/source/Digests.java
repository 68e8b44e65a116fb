package org.gazette.support.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in lower-case hex, for fingerprints and change detection kept in source state. */
public final class Digests {

    private Digests() {
    }

    /**
     * @param bytes what to digest
     * @return its SHA-256, 64 lower-case hex digits
     */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /**
     * @param text what to digest, as UTF-8
     * @param bytes how many leading bytes of the digest to keep (1 to 32)
     * @return that many bytes of its SHA-256, in lower-case hex (twice as many digits)
     */
    public static String sha256Hex(String text, int bytes) {
        if (bytes < 1 || bytes > 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 1 to 32 bytes, not " + bytes);
        }
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
