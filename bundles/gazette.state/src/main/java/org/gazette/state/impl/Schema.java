package org.gazette.state.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates and migrates the tables, in one transaction, recording the version reached in
 * {@value #VERSION_TABLE}. Idempotent. On PostgreSQL runtimes starting together take turns through an
 * advisory lock, and since PostgreSQL's DDL is transactional a later one finds the work done. An H2
 * file is opened by one process only (H2 locks it) and by one component in it, so H2 needs no lock
 * (H2 does not make concurrent DDL of several sessions safe).
 */
final class Schema {
    static final String VERSION_TABLE = "gazette_state_version";

    /** Longest URL accepted (a primary key must fit a PostgreSQL index entry). */
    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_HOST_LENGTH = 255;
    static final int MAX_NAMESPACE_LENGTH = 64;
    static final int MAX_KEY_LENGTH = 512;

    private Schema() {
    }

    /** @return the statements of each version, version 1 first */
    static List<List<String>> migrations(Dialect dialect) {
        String time = "TIMESTAMP WITH TIME ZONE";
        return List.of(List.of(
                "CREATE TABLE IF NOT EXISTS urls ("
                        + "url VARCHAR(" + MAX_URL_LENGTH + ") NOT NULL PRIMARY KEY, "
                        + "host VARCHAR(" + MAX_HOST_LENGTH + "), "
                        + "source_id VARCHAR, "
                        + "state VARCHAR(16) NOT NULL, "
                        + "first_seen " + time + " NOT NULL, "
                        + "last_fetched " + time + ", "
                        + "next_due " + time + ", "
                        + "status INTEGER DEFAULT 0 NOT NULL, "
                        + "etag VARCHAR, "
                        + "last_modified VARCHAR, "
                        + "content_hash VARCHAR, "
                        + "canonical_url VARCHAR, "
                        + "article_id VARCHAR, "
                        + "attempts INTEGER DEFAULT 0 NOT NULL, "
                        + "reason VARCHAR, "
                        + "item VARCHAR)",
                "CREATE INDEX IF NOT EXISTS urls_state_first_seen ON urls (state, first_seen)",
                "CREATE INDEX IF NOT EXISTS urls_host ON urls (host)",
                "CREATE TABLE IF NOT EXISTS kv ("
                        + "namespace VARCHAR(" + MAX_NAMESPACE_LENGTH + ") NOT NULL, "
                        + "entry_key VARCHAR(" + MAX_KEY_LENGTH + ")" + dialect.keyCollation() + " NOT NULL, "
                        + "entry_value VARCHAR NOT NULL, "
                        + "PRIMARY KEY (namespace, entry_key))"));
    }

    /** @return the version this bundle writes */
    static int currentVersion(Dialect dialect) {
        return migrations(dialect).size();
    }

    /**
     * Brings the schema to {@link #currentVersion}.
     *
     * @param c a connection in auto-commit mode, left in it
     * @param dialect the dialect
     * @return the version the database had before, 0 when new
     * @throws SQLException when a statement fails, or the database was migrated by a newer Gazette
     */
    static int migrate(Connection c, Dialect dialect) throws SQLException {
        List<List<String>> migrations = migrations(dialect);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            dialect.lockForMigration(c);
            s.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (id INTEGER NOT NULL PRIMARY KEY, version INTEGER NOT NULL)");
            int found = version(c);
            if (found > migrations.size()) {
                throw new SQLException("the schema has version " + found + ", newer than the version " + migrations.size()
                        + " this gazette.state knows: the database is used by a newer Gazette");
            }
            for (int v = found + 1; v <= migrations.size(); v++) {
                for (String sql : migrations.get(v - 1)) {
                    s.execute(sql);
                }
            }
            if (found == 0) {
                s.execute("INSERT INTO " + VERSION_TABLE + " (id, version) VALUES (1, " + migrations.size() + ")");
            } else if (found < migrations.size()) {
                s.execute("UPDATE " + VERSION_TABLE + " SET version = " + migrations.size() + " WHERE id = 1");
            }
            c.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** @return the recorded version, 0 when none */
    static int version(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + VERSION_TABLE + " WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
