package org.gazette.state.impl;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Properties;

/**
 * Opens connections with the driver class itself rather than {@code DriverManager}, which cannot see
 * drivers of other bundles in OSGi, and sets each one up with the dialect's session settings.
 */
final class ConnectionFactory {
    private final StoreSettings settings;
    private final Driver driver;
    private final Properties properties = new Properties();

    /**
     * @param settings the store settings
     * @throws IllegalStateException when PostgreSQL is configured and its driver bundle is missing
     */
    ConnectionFactory(StoreSettings settings) {
        this.settings = settings;
        if (settings.dialect() == Dialect.H2) {
            driver = new org.h2.Driver();
        } else {
            driver = PostgresDriver.create();
            long connectSeconds = seconds(settings.connectTimeout().toMillis());
            properties.setProperty("connectTimeout", Long.toString(connectSeconds));
            properties.setProperty("loginTimeout", Long.toString(connectSeconds));
            // a backstop for a dead network: the server-side statement_timeout ends slow statements first
            properties.setProperty("socketTimeout",
                    Long.toString(seconds(settings.statementTimeout().toMillis()) + connectSeconds));
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("ApplicationName", "gazette");
        }
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        if (!settings.password().isEmpty() || settings.dialect() == Dialect.H2) {
            properties.setProperty("password", settings.password());
        }
    }

    /**
     * @return a new connection in auto-commit mode with the session timeouts set
     * @throws SQLException when the database cannot be reached
     */
    Connection open() throws SQLException {
        Connection c = driver.connect(settings.jdbcUrl(), properties);
        if (c == null) {
            throw new SQLNonTransientConnectionException("the driver does not accept the URL " + settings.location());
        }
        try {
            c.setAutoCommit(true);
            settings.dialect().initSession(c, settings.statementTimeout());
            return c;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
