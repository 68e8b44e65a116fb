package org.gazette.state.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * What differs between the two databases: the upsert statement, the collation of keys, how schema
 * migrations of several runtimes are serialised and how a session is set up. Everything else is
 * the same SQL.
 */
enum Dialect {

    /** Embedded H2 in file mode: one process owns the file, so migrations need no lock. */
    H2 {
        @Override
        String upsert(String table, String key, String... columns) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + key + ") VALUES ("
                    + placeholders(columns.length) + ")";
        }

        @Override
        String keyCollation() {
            return ""; // H2 compares strings by UTF-16 code units, like String.compareTo
        }

        @Override
        void lockForMigration(Connection c) {
            // the database file is locked by this process; nobody else can migrate it
        }

        @Override
        void initSession(Connection c, Duration statementTimeout) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SET QUERY_TIMEOUT " + statementTimeout.toMillis());
                s.execute("SET LOCK_TIMEOUT " + statementTimeout.toMillis());
            }
        }

        @Override
        void afterWrite(Connection c) throws SQLException {
            // an H2 commit stays in memory up to WRITE_DELAY (500 ms); this writes it to the file and
            // forces it to the disk, so that it survives a crash of the process and of the machine
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    },

    /** PostgreSQL, possibly shared by several runtimes. */
    POSTGRESQL {
        @Override
        String upsert(String table, String key, String... columns) {
            List<String> keyColumns = List.of(key.split(",\\s*"));
            StringBuilder set = new StringBuilder();
            for (String c : columns) {
                if (!keyColumns.contains(c)) {
                    set.append(set.length() == 0 ? "" : ", ").append(c).append(" = EXCLUDED.").append(c);
                }
            }
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders(columns.length)
                    + ") ON CONFLICT (" + key + ") DO UPDATE SET " + set;
        }

        @Override
        String keyCollation() {
            return " COLLATE \"C\""; // byte order whatever the database locale; lets LIKE 'p%' use the key index
        }

        @Override
        void lockForMigration(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")"); // released at commit or rollback
            }
        }

        @Override
        void initSession(Connection c, Duration statementTimeout) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SET statement_timeout = " + statementTimeout.toMillis());
            }
        }

        @Override
        void afterWrite(Connection c) {
            // synchronous_commit (on by default) made the commit durable
        }
    };

    /** Key of the PostgreSQL advisory lock held while the schema is migrated: "gazette" in ASCII. */
    static final long MIGRATION_LOCK = 0x67617a65747465L;

    /** SQLState of a unique or primary key violation, the same in H2 and PostgreSQL. */
    static final String DUPLICATE_KEY = "23505";

    /**
     * @param table the table
     * @param key the primary key columns, comma separated
     * @param columns every column, bound in this order
     * @return a statement that inserts a row or replaces the one with the same key
     */
    abstract String upsert(String table, String key, String... columns);

    /** @return the collation clause for key columns that are scanned by prefix and sorted */
    abstract String keyCollation();

    /** Serialises schema migrations of several runtimes; called inside the migration transaction. */
    abstract void lockForMigration(Connection c) throws SQLException;

    /** Sets up a new connection: statement and lock timeouts. */
    abstract void initSession(Connection c, Duration statementTimeout) throws SQLException;

    /**
     * Makes every write committed so far durable, where a commit alone does not (database-wide, so
     * that {@link GroupSync} can let one call serve the commits of several connections).
     */
    abstract void afterWrite(Connection c) throws SQLException;

    /**
     * @param e an exception from a statement
     * @return true when it, or one chained to it, is a duplicate key
     */
    static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (DUPLICATE_KEY.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
