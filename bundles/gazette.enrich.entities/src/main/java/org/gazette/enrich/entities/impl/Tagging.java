package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.Entity;
import org.gazette.api.model.Mention;

/**
 * What the tagger found in one text.
 *
 * @param mentions the mentions, ordered by start offset, not overlapping
 * @param entities the entities the mentions refer to, in order of first mention
 * @param taggedLength how many characters of the text were tagged (less than its length when it was longer than the limit)
 * @param mentionsDropped mentions left out because there were more than the limit
 */
public record Tagging(List<Mention> mentions, List<Entity> entities, int taggedLength, int mentionsDropped) {
}
