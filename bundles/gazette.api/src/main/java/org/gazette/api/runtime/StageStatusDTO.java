package org.gazette.api.runtime;

import org.osgi.dto.DTO;

/**
 * Counters of one stage service (a parser, an enricher, an exporter, ...).
 */
public class StageStatusDTO extends DTO {
    /** {@code fetch}, {@code parse}, {@code enrich} or {@code export}. */
    public String stage;
    /** Name of the service. */
    public String name;
    /** True while the service is registered. */
    public boolean active;
    /** Items done. */
    public long ok;
    /** Items skipped. */
    public long skipped;
    /** Items failed. */
    public long failed;
    /** Mean time per item, in microseconds. */
    public long meanMicros;
    /** The last failure reason, if any. */
    public String lastError;
    /** When the last failure happened, ISO-8601. */
    public String lastErrorAt;
}
