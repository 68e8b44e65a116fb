package org.gazette.fetch.http.impl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a transient failure: {@code base * 2^attempt}, at most {@code max}, less a
 * random part of up to {@code jitter} of it (so that failed requests do not all come back at once),
 * or what the server asked for with {@code Retry-After}, at most {@code maxRetryAfter}.
 */
final class Backoff {

    private final long baseMillis;
    private final long maxMillis;
    private final double jitter;
    private final long maxRetryAfterMillis;
    private final int maxRetries;
    private final DoubleSupplier random;

    Backoff(FetchSettings settings) {
        this(settings, () -> ThreadLocalRandom.current().nextDouble());
    }

    Backoff(FetchSettings settings, DoubleSupplier random) {
        this.baseMillis = settings.backoffBase().toMillis();
        this.maxMillis = settings.backoffMax().toMillis();
        this.jitter = settings.backoffJitter();
        this.maxRetryAfterMillis = settings.maxRetryAfter().toMillis();
        this.maxRetries = settings.maxRetries();
        this.random = random;
    }

    /**
     * @param attempt how many attempts were made before the one that failed (0 for the first)
     * @return milliseconds to wait before the next attempt
     */
    long delayMillis(int attempt) {
        int doublings = Math.max(0, Math.min(attempt, 62));
        long delay = baseMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, baseMillis << doublings);
        return delay - (long) (delay * jitter * random.getAsDouble());
    }

    /** @return whether the attempt that failed was the last one allowed ({@code attempt >= maxRetries}) */
    boolean exhausted(int attempt) {
        return attempt >= maxRetries;
    }

    /** @return how many attempts there were when the attempt numbered {@code attempt} failed */
    static int attempts(int attempt) {
        return Math.max(0, attempt) + 1;
    }

    /**
     * @param header a {@code Retry-After} value: seconds, or an HTTP date
     * @param now the current time, for a date
     * @return the delay it asks for in milliseconds, at most {@code maxRetryAfter}; empty when missing or unreadable
     */
    OptionalLong retryAfterMillis(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String value = header.trim();
        long millis;
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                millis = Math.multiplyExact(Long.parseLong(value), 1000L);
            } catch (ArithmeticException | NumberFormatException e) {
                millis = Long.MAX_VALUE;
            }
        } else {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                millis = Math.max(0L, Duration.between(now, at).toMillis());
            } catch (DateTimeParseException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Math.min(millis, maxRetryAfterMillis));
    }
}
