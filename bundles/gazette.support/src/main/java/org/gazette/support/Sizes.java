package org.gazette.support;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses byte sizes as operators write them: {@code 512}, {@code 64KB}, {@code 10MB}, {@code 1GB}
 * (binary multiples: 1KB = 1024 bytes).
 */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?");

    private Sizes() {
    }

    /**
     * @param property the property the value came from, for the error message
     * @param value the text
     * @return the number of bytes, at least 1
     * @throws InvalidPropertyException when the value is not a positive size
     */
    public static long parse(String property, String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new InvalidPropertyException(property, "'" + value + "' is not a size (write 512, 64KB, 10MB or 1GB)");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new InvalidPropertyException(property, "'" + value + "' is too large");
        }
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = unit.startsWith("k") ? 10 : unit.startsWith("m") ? 20 : unit.startsWith("g") ? 30 : 0;
        if (n <= 0) {
            throw new InvalidPropertyException(property, "'" + value + "' must be greater than zero");
        }
        if (Long.numberOfLeadingZeros(n) <= shift) {
            throw new InvalidPropertyException(property, "'" + value + "' is too large");
        }
        return n << shift;
    }
}
