package org.gazette.fetch.http.impl;

import java.io.IOException;

/** A body went over its limit while it was read or decompressed; reading stopped there. */
final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    BodyTooLarge(String what, long limit) {
        super(what + " is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
