package org.gazette.fetch.http.impl;

import org.gazette.api.FetchException;

/**
 * What to do with a response body, decided from the status and headers before any of it is read.
 *
 * @param limit the most bytes to read
 * @param truncate over the limit: keep the first {@code limit} bytes ({@code true}) or fail with
 *        {@link BodyTooLarge} ({@code false})
 * @param rejection when not {@code null}, the body is not read at all and the fetch fails with this
 */
record BodyPlan(long limit, boolean truncate, FetchException rejection) {

    /** How much of an unwanted body (a redirect's, an error page's) is read so the connection can be reused. */
    static final long DRAIN_LIMIT = 64 * 1024;

    /** @return a plan that reads the body, failing over {@code limit} bytes */
    static BodyPlan read(long limit) {
        return new BodyPlan(limit, false, null);
    }

    /** @return a plan that keeps at most the first {@code limit} bytes */
    static BodyPlan truncating(long limit) {
        return new BodyPlan(limit, true, null);
    }

    /** @return a plan that reads a small body and drops a large one (closing the connection) */
    static BodyPlan drain() {
        return new BodyPlan(DRAIN_LIMIT, true, null);
    }

    /** @return a plan that reads nothing and fails the fetch */
    static BodyPlan reject(FetchException why) {
        return new BodyPlan(0, true, why);
    }
}
