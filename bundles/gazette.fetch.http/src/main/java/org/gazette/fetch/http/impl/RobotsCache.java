package org.gazette.fetch.http.impl;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.gazette.api.FetchException;

/**
 * The robots.txt rules of the hosts seen, each until it expires ({@code robotsExpiry} when read,
 * {@code robotsRetry} when unreachable). A host's robots.txt is read by one caller at a time;
 * others asking meanwhile wait for that answer. At most {@code robotsCacheSize} hosts are kept:
 * past that, expired entries go first, then the oldest.
 */
final class RobotsCache {

    private final RobotsLoader loader;
    private final int maxHosts;
    private final Map<HostKey, RobotsRules> rules = new ConcurrentHashMap<>();
    private final Map<HostKey, CompletableFuture<RobotsRules>> loading = new ConcurrentHashMap<>();

    RobotsCache(RobotsLoader loader, int maxHosts) {
        this.loader = loader;
        this.maxHosts = maxHosts;
    }

    /** @return the rules kept for the host, expired or not, or {@code null}; never does I/O */
    RobotsRules cached(HostKey host) {
        return rules.get(host);
    }

    /**
     * @param host the host
     * @param deadline when the caller's time is up
     * @return the host's current rules, read now when not known or expired
     * @throws FetchException (RETRY_LATER) when they could not be learnt in time
     * @throws InterruptedException when interrupted
     */
    RobotsRules rules(HostKey host, Deadline deadline) throws FetchException, InterruptedException {
        RobotsRules known = rules.get(host);
        if (known != null && !known.expired()) {
            return known;
        }
        CompletableFuture<RobotsRules> mine = new CompletableFuture<>();
        CompletableFuture<RobotsRules> running = loading.putIfAbsent(host, mine);
        if (running == null) {
            try {
                RobotsRules loaded = loader.load(host, known, deadline);
                rules.put(host, loaded);
                trim();
                mine.complete(loaded);
                return loaded;
            } catch (FetchException | InterruptedException | RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                loading.remove(host, mine);
            }
        }
        try {
            return running.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new FetchException(FetchException.Reason.NOT_READY,
                    "robots.txt of " + host + " is still being read", 1000L, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchException fe) {
                throw new FetchException(fe.reason(), fe.getMessage(), fe.retryAfterMillis(), fe);
            }
            throw new FetchException(FetchException.Reason.RETRY_LATER,
                    "robots.txt of " + host + " could not be read: " + cause, 1000L, cause);
        }
    }

    private void trim() {
        if (rules.size() <= maxHosts) {
            return;
        }
        rules.values().removeIf(RobotsRules::expired);
        int excess = rules.size() - maxHosts * 9 / 10;
        if (excess > 0) {
            rules.entrySet().stream()
                    .sorted(Comparator.comparing(e -> e.getValue().fetched()))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(rules::remove);
        }
    }
}
