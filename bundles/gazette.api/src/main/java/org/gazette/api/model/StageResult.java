package org.gazette.api.model;

import org.osgi.dto.DTO;

/**
 * What one stage did with one item.
 */
public class StageResult extends DTO {
    /** The stage: {@code source}, {@code fetch}, {@code parse}, {@code enrich}, {@code export}. */
    public String stage;
    /** Name of the service that ran it. */
    public String name;
    /** How it ended. */
    public Outcome outcome;
    /** Why it was skipped or failed. */
    public String reason;
    /** Time taken, in microseconds. */
    public long micros;
}
