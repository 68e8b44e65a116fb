package org.gazette.api.model;

/**
 * What kind of page a parser found.
 */
public enum PageKind {
    /** A news article or story: exported. */
    ARTICLE,
    /** A home page, section front or list of links: not exported. */
    INDEX,
    /** An error, login or consent wall page: not exported. */
    ERROR,
    /** Something else without article text: not exported. */
    OTHER
}
