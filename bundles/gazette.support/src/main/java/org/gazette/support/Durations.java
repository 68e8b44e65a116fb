package org.gazette.support;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as operators write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h},
 * {@code 1d}, a bare number of seconds, or ISO-8601 ({@code PT5M}).
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private Durations() {
    }

    /**
     * @param property the property the value came from, for the error message
     * @param value the text; blank means zero
     * @return the duration, never negative
     * @throws InvalidPropertyException when the value is not a duration or is negative
     */
    public static Duration parse(String property, String value) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            return Duration.ZERO;
        }
        Matcher m = SHORT.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new InvalidPropertyException(property, "'" + value + "' is too large");
            }
            String unit = m.group(2) == null ? "s" : m.group(2);
            switch (unit) {
                case "ms": return Duration.ofMillis(n);
                case "m": return Duration.ofMinutes(n);
                case "h": return Duration.ofHours(n);
                case "d": return Duration.ofDays(n);
                default: return Duration.ofSeconds(n);
            }
        }
        try {
            Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (d.isNegative()) {
                throw new InvalidPropertyException(property, "'" + value + "' is negative");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidPropertyException(property,
                    "'" + value + "' is not a duration (write 30s, 5m, 2h, 1d, 500ms or PT5M)");
        }
    }
}
