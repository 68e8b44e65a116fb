package org.gazette.state.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.gazette.api.state.StateException;

/**
 * A bounded pool of connections: at most {@code poolSize} open at once, a bounded wait for a free one,
 * a validity check of connections that were idle for a while, and connections that failed at the
 * connection level thrown away. Runs each unit of work and turns SQL failures into
 * {@link StateException}s naming the store and the operation.
 */
final class ConnectionPool implements AutoCloseable {
    /** A connection idle for longer is checked before use (the server may have closed it). */
    static final long VALIDATE_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final StoreSettings settings;
    private final ConnectionFactory factory;
    private final Semaphore permits;
    private final GroupSync sync = new GroupSync();
    private final Deque<IdleConnection> idle = new ArrayDeque<>(); // guarded by this
    private boolean closed; // guarded by this

    private record IdleConnection(Connection connection, long since) {
    }

    ConnectionPool(StoreSettings settings, ConnectionFactory factory) {
        this.settings = settings;
        this.factory = factory;
        this.permits = new Semaphore(settings.poolSize(), true);
    }

    /**
     * Runs work on a pooled connection.
     *
     * @param operation the name of the operation, for messages
     * @param write true when the work changed data, to make it durable before returning
     * @param work the work
     * @return its result
     * @throws StateException when the store cannot be reached or a statement fails
     */
    <T> T call(String operation, boolean write, SqlWork<T> work) {
        Connection c;
        try {
            c = borrow();
        } catch (SQLException e) {
            throw failure(operation, e);
        }
        boolean discard = false;
        try {
            T result = work.run(c);
            if (write) {
                sync.awaitDurable(sync.committed(), () -> settings.dialect().afterWrite(c));
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(operation, new SQLTransientConnectionException("interrupted while the write was made durable", e));
        } catch (SQLException e) {
            discard = isConnectionLost(e, c);
            throw failure(operation, e);
        } catch (RuntimeException | Error e) {
            discard = true;
            throw e;
        } finally {
            release(c, discard);
        }
    }

    /** @return a connection; give it back with {@link #release} */
    Connection borrow() throws SQLException {
        synchronized (this) {
            if (closed) {
                throw new SQLNonTransientConnectionException("the store is closed");
            }
        }
        try {
            if (!permits.tryAcquire(settings.acquireTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SQLTransientConnectionException("no free connection within " + settings.acquireTimeout()
                        + " (all " + settings.poolSize() + " in use; raise poolSize or acquireTimeout)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted while waiting for a connection", e);
        }
        try {
            IdleConnection i;
            while ((i = takeIdle()) != null) {
                if (System.nanoTime() - i.since() < VALIDATE_AFTER_IDLE_NANOS
                        || i.connection().isValid((int) Math.max(1, settings.connectTimeout().toSeconds()))) {
                    return i.connection();
                }
                closeQuietly(i.connection());
            }
            return factory.open();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /**
     * @param c a connection from {@link #borrow}
     * @param discard true to close it rather than keep it
     */
    void release(Connection c, boolean discard) {
        try {
            boolean keep;
            synchronized (this) {
                keep = !discard && !closed;
                if (keep) {
                    idle.push(new IdleConnection(c, System.nanoTime()));
                }
            }
            if (!keep) {
                closeQuietly(c);
            }
        } finally {
            permits.release();
        }
    }

    /** Waits for connections in use (up to the statement timeout), then closes every connection. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        boolean drained = false;
        try {
            drained = permits.tryAcquire(settings.poolSize(),
                    settings.statementTimeout().plusSeconds(1).toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        IdleConnection i;
        while ((i = takeIdle()) != null) {
            closeQuietly(i.connection());
        }
        if (drained) {
            permits.release(settings.poolSize());
        }
    }

    private synchronized IdleConnection takeIdle() {
        return idle.poll();
    }

    private StateException failure(String operation, SQLException e) {
        return new StateException("state store " + settings.location() + ": " + operation + " failed: " + e.getMessage(), e);
    }

    private static boolean isConnectionLost(SQLException e, Connection c) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return true; // connection exception; admin shutdown, crash shutdown, cannot connect now
        }
        try {
            return c.isClosed();
        } catch (SQLException closed) {
            return true;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do with a connection that cannot even be closed
        }
    }
}
