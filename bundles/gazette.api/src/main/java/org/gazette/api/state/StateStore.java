package org.gazette.api.state;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The durable state of Gazette: URL records for the frontier and key-value namespaces for anything
 * else. Every method may throw {@link StateException} when the store cannot be reached.
 */
@ProviderType
public interface StateStore {

    /**
     * @param url a normalised URL
     * @return its record, or {@code null} when it was never seen
     */
    UrlRecord url(String url);

    /**
     * Inserts a record unless one exists for its URL; atomic across runtimes sharing the store, so
     * that two runtimes never both admit one URL.
     *
     * @param record the record to insert
     * @return true when this call inserted it
     */
    boolean insertUrl(UrlRecord record);

    /**
     * Inserts or replaces a record.
     *
     * @param record the record
     */
    void saveUrl(UrlRecord record);

    /**
     * @param state a state
     * @param limit at most this many
     * @return records in that state, oldest first seen first (to resume {@link UrlState#QUEUED} URLs
     *         after a restart)
     */
    List<UrlRecord> urls(UrlState state, int limit);

    /** @return how many URL records there are in each state, indexed by {@link UrlState#ordinal()} */
    long[] countUrls();

    /**
     * @param name a namespace name ({@code [a-z0-9._-]+}, at most 64 characters)
     * @return the namespace, created empty when new
     * @throws IllegalArgumentException when the name is not valid
     */
    KeyValue namespace(String name);

    /** @return where the state lives, for operators ({@code h2:/home/gazette/data/state}, a JDBC URL without password) */
    String location();
}
