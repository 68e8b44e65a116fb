package org.gazette.state.impl;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with one pooled connection.
 *
 * @param <T> the result
 */
@FunctionalInterface
interface SqlWork<T> {
    /**
     * @param c a connection in auto-commit mode, to be left in auto-commit mode
     * @return the result
     * @throws SQLException when a statement fails
     */
    T run(Connection c) throws SQLException;
}
