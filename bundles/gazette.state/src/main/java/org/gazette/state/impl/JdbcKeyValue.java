package org.gazette.state.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gazette.api.state.KeyValue;

/** One namespace of the {@code kv} table. */
final class JdbcKeyValue implements KeyValue {
    /** Attempts of putIfAbsent when the key it found taken is removed before it can be read. */
    static final int PUT_IF_ABSENT_ATTEMPTS = 10;
    private static final String GET = "SELECT entry_value FROM kv WHERE namespace = ? AND entry_key = ?";
    private static final String INSERT = "INSERT INTO kv (namespace, entry_key, entry_value) VALUES (?, ?, ?)";
    private static final String DELETE = "DELETE FROM kv WHERE namespace = ? AND entry_key = ?";
    private static final String SCAN = "SELECT entry_key, entry_value FROM kv WHERE namespace = ? AND entry_key LIKE ? ESCAPE '\\'"
            + " ORDER BY entry_key LIMIT ?";

    private final String name;
    private final ConnectionPool pool;
    private final String upsert;

    JdbcKeyValue(String name, ConnectionPool pool, Dialect dialect) {
        this.name = name;
        this.pool = pool;
        this.upsert = dialect.upsert("kv", "namespace, entry_key", "namespace", "entry_key", "entry_value");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String get(String key) {
        checkKey(key);
        return pool.call("get " + name + "/" + key, false, c -> read(c, key));
    }

    @Override
    public void put(String key, String value) {
        if (value == null) {
            remove(key);
            return;
        }
        checkKey(key);
        pool.call("put " + name + "/" + key, true, c -> {
            for (int attempt = 1;; attempt++) {
                try (PreparedStatement ps = c.prepareStatement(upsert)) {
                    bind(ps, key, value);
                    ps.executeUpdate();
                    return null;
                } catch (SQLException e) {
                    if (!Dialect.isDuplicateKey(e) || attempt == JdbcStateStore.UPSERT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        });
    }

    @Override
    public String putIfAbsent(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new IllegalArgumentException("value is null for key '" + key + "' in namespace " + name);
        }
        return pool.call("putIfAbsent " + name + "/" + key, true, c -> {
            for (int attempt = 1;; attempt++) {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    bind(ps, key, value);
                    ps.executeUpdate();
                    return null;
                } catch (SQLException e) {
                    if (!Dialect.isDuplicateKey(e)) {
                        throw e;
                    }
                }
                String existing = read(c, key);
                if (existing != null) {
                    return existing;
                }
                if (attempt == PUT_IF_ABSENT_ATTEMPTS) {
                    throw new SQLException("the key was taken and removed again " + attempt + " times in a row");
                }
            }
        });
    }

    @Override
    public boolean remove(String key) {
        checkKey(key);
        return pool.call("remove " + name + "/" + key, true, c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                ps.setString(1, name);
                ps.setString(2, key);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Map<String, String> scan(String keyPrefix, int limit) {
        String prefix = keyPrefix == null ? "" : keyPrefix;
        if (limit < 0) {
            throw new IllegalArgumentException("limit is negative: " + limit);
        }
        if (limit == 0) {
            return Map.of();
        }
        return pool.call("scan " + name + "/" + prefix + "*", false, c -> {
            try (PreparedStatement ps = c.prepareStatement(SCAN)) {
                ps.setString(1, name);
                ps.setString(2, likePrefix(prefix));
                ps.setInt(3, limit);
                Map<String, String> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
                return out;
            }
        });
    }

    private String read(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(GET)) {
            ps.setString(1, name);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void bind(PreparedStatement ps, String key, String value) throws SQLException {
        ps.setString(1, name);
        ps.setString(2, key);
        ps.setString(3, value);
    }

    private void checkKey(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key is null in namespace " + name);
        }
        if (key.length() > Schema.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key is longer than " + Schema.MAX_KEY_LENGTH + " characters in namespace "
                    + name + ": " + key.substring(0, 40) + "…");
        }
    }

    /** @return a LIKE pattern matching strings that start with the prefix, with % _ and \ escaped */
    static String likePrefix(String prefix) {
        StringBuilder sb = new StringBuilder(prefix.length() + 1);
        for (int i = 0; i < prefix.length(); i++) {
            char ch = prefix.charAt(i);
            if (ch == '%' || ch == '_' || ch == '\\') {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.append('%').toString();
    }
}
