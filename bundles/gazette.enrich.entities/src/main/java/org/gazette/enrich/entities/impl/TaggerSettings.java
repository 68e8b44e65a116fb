package org.gazette.enrich.entities.impl;

import java.util.EnumSet;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Limits and choices of one {@link EntityTagger}.
 *
 * @param maxTextLength characters tagged at most; the rest of a longer text is not tagged
 * @param maxMentions mentions returned at most (the first ones in the text)
 * @param maxWordLength longer "words" (runs without spaces) are never names
 * @param types the types to tag
 * @param singleUnknownAsPerson whether a lone capitalised word with no evidence at all is taken as a person
 * @param nestedPlaces whether places named inside organisation names ("University of Paris") are
 *        tagged too, as mentions nested in the organisation's
 */
public record TaggerSettings(int maxTextLength, int maxMentions, int maxWordLength, Set<EntityType> types,
        boolean singleUnknownAsPerson, boolean nestedPlaces) {

    /** @return the defaults: 2,000,000 characters, 20,000 mentions, words up to 100 characters, every type, nested places */
    public static TaggerSettings defaults() {
        return new TaggerSettings(2_000_000, 20_000, 100, EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
                EntityType.LOCATION, EntityType.DATE, EntityType.MONEY, EntityType.PERCENT), false, true);
    }

    /** Copies the type set so that later changes to the argument do not leak in. */
    public TaggerSettings {
        types = types.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(types);
    }
}
