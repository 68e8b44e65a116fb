package org.gazette.api.runtime;

import org.osgi.dto.DTO;

/**
 * The frontier's view of one host.
 */
public class HostStatusDTO extends DTO {
    /** The host, lower case, with the port when not the default. */
    public String host;
    /** URLs waiting for this host (due or not). */
    public int queued;
    /** Of those, URLs whose time has come (waiting only for politeness or a worker). */
    public int due;
    /** URLs being fetched or processed now. */
    public int inFlight;
    /** Milliseconds until the fetcher is ready for this host again (0 = ready). */
    public long readyInMillis;
    /** URLs of this host fetched since start. */
    public long fetched;
    /** Of those, answered "not modified" or unchanged. */
    public long unchanged;
    /** URLs of this host failed or retried since start. */
    public long failed;
}
