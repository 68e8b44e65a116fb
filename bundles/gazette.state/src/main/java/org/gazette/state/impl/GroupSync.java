package org.gazette.state.impl;

import java.sql.SQLException;

/**
 * Group commit for a database whose commits become durable only by an explicit, database-wide sync
 * (H2: {@code CHECKPOINT SYNC}). Every write call must return only once its commit is on the disk,
 * but a sync costs the same whether it covers one commit or fifty: so a writer whose commit is
 * already covered by a sync that <em>started after</em> it returns at once, a writer that finds a
 * sync in progress waits for the next one, and only one sync runs at a time. Under concurrent
 * writers (the engine's workers, the poller, the exporter) one sync serves many commits.
 * <p>
 * Order of calls per write: commit, then {@link #committed()} for its ticket, then
 * {@link #awaitDurable}. A failed sync covers nothing: its waiters try again themselves.
 */
final class GroupSync {

    /** The sync itself, run on the caller's connection. */
    @FunctionalInterface
    interface Sync {
        void run() throws SQLException;
    }

    private long committed; // tickets handed out; guarded by this
    private long durable; // every ticket up to this one is on the disk; guarded by this
    private boolean syncing; // guarded by this

    /** @return the ticket of a commit that has just happened */
    synchronized long committed() {
        return ++committed;
    }

    /**
     * Returns once the commit with this ticket is durable, running a sync when none in progress
     * will cover it.
     *
     * @throws SQLException when the sync this call ran failed
     * @throws InterruptedException when interrupted while waiting for another writer's sync
     */
    void awaitDurable(long ticket, Sync sync) throws SQLException, InterruptedException {
        long covers;
        synchronized (this) {
            while (true) {
                if (durable >= ticket) {
                    return;
                }
                if (!syncing) {
                    syncing = true;
                    covers = committed; // every commit with a ticket so far happened before this sync starts
                    break;
                }
                wait();
            }
        }
        boolean ok = false;
        try {
            sync.run();
            ok = true;
        } finally {
            synchronized (this) {
                syncing = false;
                if (ok && covers > durable) {
                    durable = covers;
                }
                notifyAll();
            }
        }
    }
}
