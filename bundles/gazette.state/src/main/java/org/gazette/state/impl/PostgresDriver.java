package org.gazette.state.impl;

import java.sql.Driver;

/**
 * The only class that names the PostgreSQL driver, so that the bundle resolves and runs on H2 without
 * it: its package is imported with {@code resolution:=optional}.
 */
final class PostgresDriver {

    private PostgresDriver() {
    }

    /**
     * @return a new driver instance
     * @throws IllegalStateException when the driver's package is not wired to this bundle
     */
    static Driver create() {
        try {
            return new org.postgresql.Driver();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("the PostgreSQL JDBC driver is not available: install the bundle org.postgresql:postgresql"
                    + " (symbolic name org.postgresql.jdbc) and refresh the bundle gazette.state, or leave url empty"
                    + " for the embedded H2 store", e);
        }
    }
}
