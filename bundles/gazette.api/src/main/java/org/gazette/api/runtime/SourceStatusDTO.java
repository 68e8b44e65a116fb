package org.gazette.api.runtime;

import org.osgi.dto.DTO;

/**
 * A source as the engine sees it.
 */
public class SourceStatusDTO extends DTO {
    /** Source id. */
    public String id;
    /** Kind ({@code folder}, {@code rss}, ...). */
    public String kind;
    /** {@code idle}, {@code polling}, {@code paused} or {@code invalid} (see {@link #problem}). */
    public String state;
    /** Poll interval in seconds; 0 when polled only on demand. */
    public long intervalSeconds;
    /** Start of the last poll, ISO-8601, or {@code null}. */
    public String lastRun;
    /** When the next scheduled poll is due, ISO-8601, or {@code null}. */
    public String nextRun;
    /** Polls started. */
    public long polls;
    /** Polls that threw or timed out. */
    public long pollErrors;
    /** Items emitted. */
    public long emitted;
    /** Items rejected by the source itself (unreadable). */
    public long rejected;
    /** Items that reached every exporter. */
    public long ok;
    /** Items skipped (not modified, not an article). */
    public long skipped;
    /** Items that failed in a stage. */
    public long failed;
    /** The last poll error, if any. */
    public String lastError;
    /** Why the source cannot be scheduled (a bad service property), if so. */
    public String problem;
    /** Items of the last poll that the frontier had not seen before. @since 1.1 */
    public long lastNewItems;
    /** Items of all polls that the frontier had not seen before. @since 1.1 */
    public long newItems;
    /** Seconds until the next poll as the adaptive schedule set it (equals {@link #intervalSeconds} when not adaptive). @since 1.1 */
    public long currentIntervalSeconds;
}
