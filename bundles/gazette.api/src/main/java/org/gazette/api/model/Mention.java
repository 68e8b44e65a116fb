package org.gazette.api.model;

import org.osgi.dto.DTO;

/**
 * A span of {@link Article#text} that names something.
 */
public class Mention extends DTO {
    /** Type of what is named. */
    public EntityType type;
    /** Start offset in {@link Article#text}, in UTF-16 chars, inclusive. */
    public int start;
    /** End offset in {@link Article#text}, in UTF-16 chars, exclusive. */
    public int end;
    /** The text of the span. */
    public String text;
    /** Normalised value where the type has one: ISO-8601 for dates, an amount for money. */
    public String value;
    /** Confidence between 0 and 1 (the engine rejects other values, NaN included). */
    public double confidence;
    /** Id of the {@link Entity} this mention refers to, if resolved. */
    public String entityId;
    /** Name of the enricher that produced it. Set by the engine. */
    public String tagger;
}
