package org.gazette.api.state;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One named namespace of durable string values (JSON, typically). Each call is atomic on its own.
 */
@ProviderType
public interface KeyValue {

    /** @return the namespace name */
    String name();

    /**
     * @param key the key (at most 512 characters)
     * @return the value, or {@code null} when absent
     */
    String get(String key);

    /**
     * Stores a value, replacing any previous one.
     *
     * @param key the key (at most 512 characters)
     * @param value the value; {@code null} removes the key
     */
    void put(String key, String value);

    /**
     * Stores a value unless the key already has one; atomic across runtimes sharing the store.
     *
     * @param key the key
     * @param value the value
     * @return the value already stored, or {@code null} when this call stored {@code value}
     */
    String putIfAbsent(String key, String value);

    /**
     * @param key the key
     * @return true when a value was removed
     */
    boolean remove(String key);

    /**
     * @param keyPrefix a key prefix, or {@code ""} for every key
     * @param limit at most this many entries
     * @return entries whose key starts with the prefix, in key order
     */
    Map<String, String> scan(String keyPrefix, int limit);
}
