package org.gazette.export.json.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gazette.api.model.Article;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Turns an article into one JSON Lines line: the article's fields by their Java names in
 * declaration order, nulls left out, no HTML escaping, no pretty printing, and a
 * {@code contentHash} field added at the end.
 *
 * <p>The content hash is the hex form of the first 16 bytes of SHA-256 over the article's JSON
 * without {@code stages}, {@code fetched} and {@code contentHash}, with the keys of every object
 * sorted, so that the same content hashes the same whatever the run, the fetch time or the order
 * of a map's entries.
 */
final class ArticleJson {

    /** Fields left out of the content hash: they change on every run without the content changing. */
    static final List<String> VOLATILE = List.of("stages", "fetched", "contentHash");
    static final String CONTENT_HASH = "contentHash";
    private static final int HASH_BYTES = 16;

    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

    /**
     * @param line the line, UTF-8, ending with {@code '\n'}
     * @param contentHash the article's content hash
     */
    record Line(byte[] line, String contentHash) {
    }

    /**
     * @param article the article
     * @return its line and content hash
     */
    Line encode(Article article) {
        return encode(article, null, null);
    }

    /**
     * @param article the article
     * @param field the name of one more field to append after the content hash (not part of it), or null
     * @param value its value
     * @return its line and content hash
     */
    Line encode(Article article, String field, String value) {
        JsonObject json = gson.toJsonTree(article).getAsJsonObject();
        JsonObject content = json.deepCopy();
        VOLATILE.forEach(content::remove);
        String hash = hash(gson.toJson(sorted(content)));
        json.addProperty(CONTENT_HASH, hash);
        if (field != null) {
            json.addProperty(field, value);
        }
        return new Line((gson.toJson(json) + "\n").getBytes(StandardCharsets.UTF_8), hash);
    }

    private static JsonElement sorted(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            List<String> keys = new ArrayList<>(object.keySet());
            Collections.sort(keys);
            JsonObject out = new JsonObject();
            for (String key : keys) {
                out.add(key, sorted(object.get(key)));
            }
            return out;
        }
        if (element.isJsonArray()) {
            JsonArray out = new JsonArray();
            element.getAsJsonArray().forEach(e -> out.add(sorted(e)));
            return out;
        }
        return element;
    }

    private static String hash(String json) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        StringBuilder hex = new StringBuilder(HASH_BYTES * 2);
        for (int i = 0; i < HASH_BYTES; i++) {
            hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
        }
        return hex.toString();
    }
}
