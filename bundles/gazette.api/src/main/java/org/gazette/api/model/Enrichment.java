package org.gazette.api.model;

import java.util.List;
import java.util.Map;

import org.osgi.dto.DTO;

/**
 * What an {@link org.gazette.api.Enricher} adds to an article. Every field may be {@code null}.
 */
public class Enrichment extends DTO {
    /** Mentions to add; overlapping mentions already present are resolved by confidence. */
    public List<Mention> mentions;
    /** Entities the mentions refer to; an entity with an id already present replaces it. */
    public List<Entity> entities;
    /** Quotes to add. */
    public List<Quote> quotes;
    /** Story id to set. */
    public String storyId;
    /** Metadata to add to {@link Article#metadata}. */
    public Map<String, String> metadata;
}
