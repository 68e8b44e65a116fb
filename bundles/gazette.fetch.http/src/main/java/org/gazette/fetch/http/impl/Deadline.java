package org.gazette.fetch.http.impl;

import java.util.concurrent.TimeUnit;

/**
 * A point in time (on {@link System#nanoTime()}) by which something must be done.
 *
 * @param atNanos the deadline on the {@code System.nanoTime()} scale
 */
record Deadline(long atNanos) {

    /** @return the deadline {@code millis} from now */
    static Deadline in(long millis) {
        return new Deadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** @return the earlier of this deadline and {@code millis} from now */
    Deadline atMost(long millis) {
        Deadline other = in(millis);
        return other.atNanos - atNanos < 0 ? other : this;
    }

    /** @return nanoseconds left, 0 once passed */
    long remainingNanos() {
        return Math.max(0L, atNanos - System.nanoTime());
    }

    /** @return milliseconds left, rounded up, 0 once passed */
    long remainingMillis() {
        long nanos = remainingNanos();
        return nanos == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(nanos + 999_999);
    }

    boolean passed() {
        return remainingNanos() == 0;
    }
}
