package org.gazette.api;

import java.util.List;

import org.gazette.api.model.Article;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes articles somewhere: files, a database, a queue. Every active exporter receives every
 * article, in batches, from one engine thread at a time. Exporting must be idempotent per
 * {@link Article#id}: receiving an article again (after a crash, or because it changed) updates it
 * and never duplicates it.
 */
@ConsumerType
public interface Exporter {

    /**
     * Writes a batch durably before returning. When it throws, the engine retries the batch with
     * backoff and then reports the articles as failed for this exporter.
     *
     * @param articles the batch, never empty; treat the articles as read-only
     * @throws Exception when the batch could not be written
     */
    void export(List<Article> articles) throws Exception;
}
