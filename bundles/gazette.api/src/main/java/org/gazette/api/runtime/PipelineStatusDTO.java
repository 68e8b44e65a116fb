package org.gazette.api.runtime;

import java.util.List;

import org.osgi.dto.DTO;

/**
 * The whole pipeline at one moment.
 */
public class PipelineStatusDTO extends DTO {
    /** Items waiting for a worker. */
    public int queued;
    /** Items being processed. */
    public int inFlight;
    /** Articles waiting because no exporter is active. */
    public int held;
    /** Items waiting for a parser or fetcher that is not registered (yet). */
    public int waiting;
    /** Items emitted since start. */
    public long emitted;
    /** Items that reached every exporter since start. */
    public long ok;
    /** Items skipped since start. */
    public long skipped;
    /** Items failed since start (including rejected ones). */
    public long failed;
    /** Per-stage counters, in pipeline order. */
    public List<StageStatusDTO> stages;
    /** The most recent failures, newest first. */
    public List<ItemFailureDTO> recentFailures;
}
