package org.gazette.fetch.http.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

/** The gate on its own: limits per host and in all, blocking, and stopping. */
class PolitenessGateTest {

    private static final HostKey A = HostKey.of(URI.create("http://a.example/"));
    private static final HostKey B = HostKey.of(URI.create("http://b.example/"));

    @Test
    void requestsPerHostAreLimited() throws Exception {
        PolitenessGate gate = new PolitenessGate(0, 2, 10);
        PolitenessGate.Permit first = gate.enter(A, 0, Deadline.in(1000));
        PolitenessGate.Permit second = gate.enter(A, 0, Deadline.in(1000));

        PolitenessGate.HostBusy busy = assertThrows(PolitenessGate.HostBusy.class, () -> gate.enter(A, 0, Deadline.in(50)));
        assertTrue(busy.getMessage().contains("maxRequestsPerHost"), busy.getMessage());
        assertTrue(gate.readyInMillis(A) > 0);
        gate.enter(B, 0, Deadline.in(50)).close();

        first.close();
        first.close(); // a second close changes nothing
        gate.enter(A, 0, Deadline.in(50)).close();
        second.close();
        assertEquals(0, gate.readyInMillis(A));
    }

    @Test
    void requestsInAllAreLimitedAndAWaiterGoesOnceOneLeaves() throws Exception {
        PolitenessGate gate = new PolitenessGate(0, 1, 1);
        PolitenessGate.Permit a = gate.enter(A, 0, Deadline.in(1000));

        assertThrows(PolitenessGate.HostBusy.class, () -> gate.enter(B, 0, Deadline.in(50)));
        CompletableFuture<PolitenessGate.Permit> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.enter(B, 0, Deadline.in(10_000));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        a.close();

        waiting.get(10, TimeUnit.SECONDS).close();
    }

    @Test
    void theDelayAlsoCountsFromTheEndOfTheRequest() throws Exception {
        PolitenessGate gate = new PolitenessGate(60_000, 1, 10);
        PolitenessGate.Permit slow = gate.enter(A, 0, Deadline.in(1000));
        long entered = System.nanoTime();
        // the request takes a while: 200 ms pass between its start and its end
        while (System.nanoTime() - entered < TimeUnit.MILLISECONDS.toNanos(200)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        slow.close();

        // counted from the start only, the host would be ready in under 59,800 ms
        long ready = gate.readyInMillis(A);
        assertTrue(ready > 59_900 && ready <= 60_000, ready + " ms");
    }

    @Test
    void blockedHostWaitsOrIsRefusedWithTheTimeLeft() throws Exception {
        PolitenessGate gate = new PolitenessGate(0, 1, 10);
        gate.block(A, 60_000);

        PolitenessGate.HostBusy busy = assertThrows(PolitenessGate.HostBusy.class, () -> gate.enter(A, 0, Deadline.in(1000)));

        assertTrue(busy.waitMillis() > 58_000 && busy.waitMillis() <= 60_000, busy.waitMillis() + " ms");
        assertTrue(busy.getMessage().contains("Retry-After"), busy.getMessage());
        assertTrue(gate.readyInMillis(A) > 58_000);
    }

    @Test
    void closingWakesTheWaiters() throws Exception {
        // whether the waiter is already waiting when the gate closes or comes after, it is refused
        PolitenessGate gate = new PolitenessGate(0, 1, 10);
        PolitenessGate.Permit held = gate.enter(A, 0, Deadline.in(1000));
        CompletableFuture<Throwable> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                gate.enter(A, 0, Deadline.in(60_000));
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        gate.close();

        Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> waiting.get());
        assertTrue(t instanceof IllegalStateException, String.valueOf(t));
        held.close();
    }
}
