package org.gazette.enrich.entities.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.gazette.api.model.EntityType;

/**
 * Stable entity ids derived from type and canonical name alone, so the same entity has the same id
 * in every article and every run, with or without a registry: {@code person:kim-jong-un},
 * {@code location:united-states}. Names that are not plain ASCII after removing accents, and very
 * long names, get a hash suffix ({@code person:x-3f2a9c1b} for a name in another script).
 */
final class EntityIds {

    private static final int MAX_SLUG = 64;

    private EntityIds() {
    }

    /**
     * @param type the entity type
     * @param canonical its canonical name
     * @return the id
     */
    static String of(EntityType type, String canonical) {
        String key = Names.key(canonical);
        StringBuilder slug = new StringBuilder(key.length());
        boolean lossy = false;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (c == ' ' || c == '&') {
                if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                    slug.append('-');
                }
                lossy |= c == '&';
            } else {
                lossy = true;
            }
        }
        String prefix = type.name().toLowerCase(Locale.ROOT) + ":";
        if (slug.length() == 0) {
            return prefix + "x-" + hash(key);
        }
        if (lossy || slug.length() > MAX_SLUG) {
            return prefix + slug.substring(0, Math.min(slug.length(), MAX_SLUG)) + "-" + hash(key);
        }
        return prefix + slug;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
