package org.gazette.api;

import org.gazette.api.model.Article;
import org.gazette.api.model.Enrichment;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds knowledge to an article: entity mentions, quotes, a story id, metadata. Enrichers run in the
 * order of {@link StageProperties#ENRICHER_ORDER}; each sees what the earlier ones added. An enricher
 * does not change the article it is given: it returns an {@link Enrichment} that the engine merges
 * (overlapping mentions are resolved by confidence, then by the enrichers' service ranking).
 */
@ConsumerType
public interface Enricher {

    /**
     * @param article the article so far; treat it as read-only
     * @return what to add; {@code null} or an empty enrichment when there is nothing to add
     * @throws Exception when enrichment failed; the article goes on without this enricher's additions
     */
    Enrichment enrich(Article article) throws Exception;
}
