package org.gazette.enrich.entities.impl;

import org.gazette.api.model.EntityType;

/**
 * What a gazetteer phrase names.
 *
 * @param canonical the canonical name of the entity ("United States" for "U.S.")
 * @param type its type; {@code null} for a demonym or another word that names no entity itself
 * @param kind what kind of fact it came from
 * @param ambiguous the name is also a common person name or word ("Jordan", "Washington"): it
 *        needs a cue before it is taken as this entity
 */
record Known(String canonical, EntityType type, Kind kind, boolean ambiguous) {

    /** The gazetteer a phrase came from. */
    enum Kind {
        COUNTRY, STATE, CITY, REGION, ORGANIZATION, DEMONYM, NOT_AN_ENTITY
    }
}
