package org.gazette.api.runtime;

import java.util.List;

import org.osgi.dto.DTO;

/**
 * What one {@link Pipeline#run} did.
 */
public class RunSummaryDTO extends DTO {
    /** Source id. */
    public String sourceId;
    /** Items emitted by the poll. */
    public int emitted;
    /** Items rejected by the source. */
    public int rejected;
    /** Items that reached every exporter. */
    public int ok;
    /** Items skipped. */
    public int skipped;
    /** Items failed. */
    public int failed;
    /** Items still in the pipeline when the wait ended. */
    public int pending;
    /** Time taken, in milliseconds. */
    public long millis;
    /** Why the poll itself failed, if it did. */
    public String pollError;
    /** The failed and rejected items. */
    public List<ItemFailureDTO> failures;
}
