package org.gazette.engine.impl;

/** A stage call that did not produce a result: it threw, timed out, or could not be started. */
final class StageFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StageFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message operators see: the exception's own message, or its type when it has none. */
    static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getName() : message;
    }
}
