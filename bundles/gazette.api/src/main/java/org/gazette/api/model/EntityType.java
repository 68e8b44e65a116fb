package org.gazette.api.model;

/**
 * Types of mentions and entities.
 */
public enum EntityType {
    /** A person. */
    PERSON,
    /** A company, government body, party, team or other organisation. */
    ORGANIZATION,
    /** A country, city, region or other place. */
    LOCATION,
    /** A date or time. */
    DATE,
    /** An amount of money. */
    MONEY,
    /** A percentage. */
    PERCENT,
    /** Anything else a tagger names. */
    OTHER
}
