package org.gazette.runtime.impl;

/**
 * Turns the stack trace SCR keeps for a failed activation into the one sentence an operator needs:
 * the message of an {@code InvalidPropertyException} when there is one (it names the property),
 * else the message of the innermost cause.
 */
final class FailureMessages {
    private static final String INVALID_PROPERTY = "org.gazette.support.InvalidPropertyException: ";

    private FailureMessages() {
    }

    static String reason(String failure) {
        if (failure == null || failure.isBlank()) {
            return "unknown reason";
        }
        String[] lines = failure.split("\\R");
        for (String line : lines) {
            int i = line.indexOf(INVALID_PROPERTY);
            if (i >= 0) {
                return line.substring(i + INVALID_PROPERTY.length()).trim();
            }
        }
        String best = lines[0].trim();
        for (String line : lines) {
            String t = line.trim();
            if (t.startsWith("Caused by: ")) {
                best = t.substring("Caused by: ".length());
            }
        }
        return best;
    }
}
