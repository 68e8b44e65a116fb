package org.gazette.state.impl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gazette.support.InvalidPropertyException;

/**
 * Where the store is and how to reach it, checked: a JDBC URL with its dialect, the credentials,
 * the pool size and the timeouts.
 *
 * @param dialect H2 or PostgreSQL
 * @param jdbcUrl the URL given to the driver (may hold a password)
 * @param user user name, empty for none
 * @param password password, empty for none
 * @param location where the state lives, for operators and messages: never a password
 * @param h2File the H2 database file name without extension, {@code null} for PostgreSQL
 * @param poolSize largest number of open connections
 * @param connectTimeout longest wait to open a connection
 * @param acquireTimeout longest wait for a free connection of the pool
 * @param statementTimeout longest run of one statement, lock waits included
 */
record StoreSettings(Dialect dialect, String jdbcUrl, String user, String password, String location, Path h2File,
        int poolSize, Duration connectTimeout, Duration acquireTimeout, Duration statementTimeout) {

    /** Largest accepted pool size. */
    static final int MAX_POOL_SIZE = 64;
    /** Longest accepted timeout. */
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    /**
     * H2 URL settings. Each write call returns after a {@code CHECKPOINT SYNC} ({@link Dialect#afterWrite})
     * that started after its commit (one sync serves concurrent writers: {@link GroupSync}), so
     * old chunks need not be kept 45 s (the default) against reordered disk writes: a short retention
     * keeps the file small under bursts of single-row commits. The component closes the database
     * itself, not H2's shutdown hook.
     */
    static final String H2_SETTINGS = ";RETENTION_TIME=1000;DB_CLOSE_ON_EXIT=FALSE";

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&])[a-z]*password=[^&]*&?");

    /**
     * @param url empty for embedded H2, else a {@code jdbc:postgresql:} URL
     * @param user PostgreSQL user
     * @param password PostgreSQL password
     * @param home the Gazette home: H2 lives in {@code data/state/gazette} below it
     * @param poolSize largest number of connections
     * @param connectTimeout text of the connect timeout
     * @param acquireTimeout text of the pool wait timeout
     * @param statementTimeout text of the statement timeout
     * @return the settings
     * @throws InvalidPropertyException naming the property when a value cannot be used
     */
    static StoreSettings of(String url, String user, String password, Path home, int poolSize, String connectTimeout,
            String acquireTimeout, String statementTimeout) {
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new InvalidPropertyException("poolSize", poolSize + " is not between 1 and " + MAX_POOL_SIZE);
        }
        Duration connect = timeout("connectTimeout", connectTimeout);
        Duration acquire = timeout("acquireTimeout", acquireTimeout);
        Duration statement = timeout("statementTimeout", statementTimeout);
        String u = url == null ? "" : url.trim();
        if (u.isEmpty()) {
            Path file = home.toAbsolutePath().normalize().resolve("data").resolve("state").resolve("gazette");
            if (file.toString().contains(";")) {
                throw new InvalidPropertyException("gazette.home", "'" + home + "' contains ';', which H2 URLs cannot hold");
            }
            return new StoreSettings(Dialect.H2, "jdbc:h2:file:" + file + H2_SETTINGS, "sa", "", "h2:" + file, file,
                    poolSize, connect, acquire, statement);
        }
        if (!u.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new InvalidPropertyException("url", "'" + withoutPassword(u)
                    + "' is not supported: leave it empty for the embedded H2 store or give jdbc:postgresql://HOST:PORT/DATABASE");
        }
        return new StoreSettings(Dialect.POSTGRESQL, u, orEmpty(user), orEmpty(password), withoutPassword(u), null,
                poolSize, connect, acquire, statement);
    }

    /**
     * @param url a JDBC URL
     * @return the URL without any {@code password=} (or {@code sslpassword=}) parameter
     */
    static String withoutPassword(String url) {
        String s = url;
        String before;
        do {
            before = s;
            s = PASSWORD_PARAMETER.matcher(s).replaceFirst("$1");
        } while (!s.equals(before));
        return s.endsWith("?") || s.endsWith("&") ? s.substring(0, s.length() - 1) : s;
    }

    private static Duration timeout(String property, String text) {
        Duration d = org.gazette.support.Durations.parse(property, text);
        if (d.isZero() || d.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidPropertyException(property, "'" + text + "' is not between 1ms and 1h");
        }
        return d;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
