package org.gazette.api.state;

/**
 * The state store could not do what was asked (database unreachable, disk full, corrupt file).
 */
public class StateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the store
     * @param cause the underlying failure
     */
    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
