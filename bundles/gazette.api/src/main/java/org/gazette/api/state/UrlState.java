package org.gazette.api.state;

/**
 * Where a URL is in the frontier's life cycle.
 */
public enum UrlState {
    /** Admitted and waiting to be fetched (or being fetched). Survives a crash: resumed at start. */
    QUEUED,
    /** Fetched and processed (or answered "not modified"); due again at {@link UrlRecord#nextDue}. */
    DONE,
    /** Skipped on purpose (robots.txt, unwanted type, duplicate of a canonical URL). */
    SKIPPED,
    /** Failed after its retries; {@link UrlRecord#reason} says why. */
    FAILED
}
