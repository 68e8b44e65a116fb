package org.gazette.api;

/**
 * Why a {@link Fetcher} brought nothing usable, in a form the engine can act on: a
 * {@link Reason#DISALLOWED disallowed} or {@link Reason#UNWANTED unwanted} URL is skipped, a
 * {@link Reason#RETRY_LATER retryable} one is queued again after {@link #retryAfterMillis()}, the
 * rest fail with the message as the item's reason.
 */
public class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure it was. */
    public enum Reason {
        /** robots.txt disallows the URL for our user agent. */
        DISALLOWED,
        /** The content type is one the fetcher is configured not to bring. */
        UNWANTED,
        /** A transient failure (timeout, 429, 5xx, reset) the fetcher wants retried later: an attempt. */
        RETRY_LATER,
        /**
         * Nothing was sent: the host is not ready within the request's time (politeness delay,
         * Crawl-delay, a Retry-After block, all its request slots taken) or the fetcher is stopping.
         * The engine queues the URL again after {@link #retryAfterMillis()} without counting an
         * attempt. Since 1.2.
         */
        NOT_READY,
        /** The body (or its decompressed form) exceeds the size limit. */
        TOO_LARGE,
        /** Too many redirects, or a redirect loop. */
        REDIRECTS,
        /** A final HTTP status that is not a success (404, 410, 403, retries exhausted ...). */
        HTTP_STATUS,
        /** Anything else: malformed URL, unknown host, TLS failure ... */
        OTHER
    }

    private final Reason reason;
    private final long retryAfterMillis;

    /**
     * @param reason what kind of failure
     * @param message the item's reason as operators read it, naming the URL's problem
     */
    public FetchException(Reason reason, String message) {
        this(reason, message, 0L, null);
    }

    /**
     * @param reason what kind of failure
     * @param message the item's reason as operators read it
     * @param retryAfterMillis for {@link Reason#RETRY_LATER}: how long to wait before the next attempt
     * @param cause the underlying failure, or {@code null}
     */
    public FetchException(Reason reason, String message, long retryAfterMillis, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfterMillis = Math.max(0L, retryAfterMillis);
    }

    /** @return what kind of failure it was */
    public Reason reason() {
        return reason;
    }

    /** @return for a retryable or not-ready URL, milliseconds to wait before the next attempt; else 0 */
    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
