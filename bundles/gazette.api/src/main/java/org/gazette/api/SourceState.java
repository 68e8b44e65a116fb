package org.gazette.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable string key-value state of one source, such as a feed's last item date or the
 * fingerprints of files already emitted. Changes made during a poll are saved when the poll
 * returns normally and was not cancelled; they are discarded when it throws or was cancelled
 * (even if it then returned normally), so an interrupted poll is retried from the same state.
 */
@ProviderType
public interface SourceState {

    /**
     * @param key the key
     * @return the value, or {@code null} when none is stored
     */
    String get(String key);

    /**
     * @param key the key
     * @param value the value; {@code null} removes the key
     */
    void put(String key, String value);

    /** @param key the key to remove */
    void remove(String key);

    /** @return a snapshot of the keys */
    Set<String> keys();
}
