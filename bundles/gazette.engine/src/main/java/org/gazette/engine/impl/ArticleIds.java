package org.gazette.engine.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.gazette.api.model.Article;

/**
 * Article ids: the first 16 bytes of the SHA-256 of the canonical URL (else the URL) in hex, so
 * one article read under two URLs that declare one canonical URL is one article.
 */
final class ArticleIds {

    private ArticleIds() {
    }

    static String of(Article article) {
        String key = article.canonicalUrl != null && !article.canonicalUrl.isBlank() ? article.canonicalUrl : article.url;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
