package org.gazette.api.model;

/**
 * How a stage ended for one item.
 */
public enum Outcome {
    /** Done. */
    OK,
    /** Deliberately not done (not modified, not an article, nothing to do). */
    SKIPPED,
    /** Failed; the item's reason says why. */
    FAILED
}
