package org.gazette.state.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateException;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;

/**
 * The {@link StateStore} on a JDBC database: URL records in {@code urls}, namespaces in {@code kv}.
 * Every call is one auto-committed statement (or a short retry loop of them), durable when it returns.
 */
final class JdbcStateStore implements StateStore, AutoCloseable {
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9._-]{1," + Schema.MAX_NAMESPACE_LENGTH + "}");
    /** Attempts of an upsert that lost a race against an insert of the same key (H2's MERGE). */
    static final int UPSERT_ATTEMPTS = 3;

    private final StoreSettings settings;
    private final ConnectionPool pool;
    private final String upsertUrl;
    private final int schemaVersionFound;

    private JdbcStateStore(StoreSettings settings, ConnectionPool pool, int schemaVersionFound) {
        this.settings = settings;
        this.pool = pool;
        this.schemaVersionFound = schemaVersionFound;
        this.upsertUrl = settings.dialect().upsert("urls", "url", UrlRows.COLUMNS);
    }

    /**
     * Opens the store and brings its schema up to date.
     *
     * @param settings where the store is
     * @return the open store
     * @throws StateException naming the location (never the password) when it cannot be opened
     */
    static JdbcStateStore open(StoreSettings settings) {
        ConnectionPool pool = null;
        try {
            if (settings.h2File() != null) {
                Files.createDirectories(settings.h2File().getParent());
            }
            pool = new ConnectionPool(settings, new ConnectionFactory(settings));
            int found = pool.call("schema migration", false, c -> Schema.migrate(c, settings.dialect()));
            return new JdbcStateStore(settings, pool, found);
        } catch (IOException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            String cause = e instanceof StateException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new StateException("cannot open the state store " + settings.location() + ": " + cause, e);
        }
    }

    /** @return the schema version the database had when opened, 0 when it was created */
    int schemaVersionFound() {
        return schemaVersionFound;
    }

    @Override
    public UrlRecord url(String url) {
        if (url == null) {
            throw new IllegalArgumentException("url is null");
        }
        return pool.call("url", false, c -> {
            try (PreparedStatement ps = c.prepareStatement(UrlRows.SELECT + " WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? UrlRows.read(rs) : null;
                }
            }
        });
    }

    @Override
    public boolean insertUrl(UrlRecord record) {
        UrlRows.check(record);
        return pool.call("insertUrl", true, c -> {
            try (PreparedStatement ps = c.prepareStatement(UrlRows.INSERT)) {
                UrlRows.bind(ps, record);
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void saveUrl(UrlRecord record) {
        UrlRows.check(record);
        pool.call("saveUrl", true, c -> {
            for (int attempt = 1;; attempt++) {
                try (PreparedStatement ps = c.prepareStatement(upsertUrl)) {
                    UrlRows.bind(ps, record);
                    ps.executeUpdate();
                    return null;
                } catch (SQLException e) {
                    if (!Dialect.isDuplicateKey(e) || attempt == UPSERT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        });
    }

    @Override
    public List<UrlRecord> urls(UrlState state, int limit) {
        if (state == null) {
            throw new IllegalArgumentException("state is null");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit is negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return pool.call("urls", false, c -> {
            try (PreparedStatement ps = c.prepareStatement(UrlRows.SELECT
                    + " WHERE state = ? ORDER BY first_seen, url LIMIT ?")) {
                ps.setString(1, state.name());
                ps.setInt(2, limit);
                List<UrlRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(UrlRows.read(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public long[] countUrls() {
        return pool.call("countUrls", false, c -> {
            long[] counts = new long[UrlState.values().length];
            try (PreparedStatement ps = c.prepareStatement("SELECT state, COUNT(*) FROM urls GROUP BY state");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts[UrlState.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
                }
            }
            return counts;
        });
    }

    @Override
    public KeyValue namespace(String name) {
        if (name == null || !NAMESPACE.matcher(name).matches()) {
            throw new IllegalArgumentException("namespace name '" + name + "' is not valid: use 1 to "
                    + Schema.MAX_NAMESPACE_LENGTH + " of a-z 0-9 . _ -");
        }
        return new JdbcKeyValue(name, pool, settings.dialect());
    }

    @Override
    public String location() {
        return settings.location();
    }

    /** Closes every connection, after waiting for the calls in progress. */
    @Override
    public void close() {
        pool.close();
    }
}
