package org.gazette.parse.html.impl;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises language values as pages write them ({@code en_GB}, {@code EN-us}, {@code de, en})
 * to BCP-47 tags ({@code en-GB}, {@code en-US}, {@code de}).
 */
final class LanguageTags {

    private static final Pattern TAG = Pattern.compile(
            "([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\\d{3}))?(?![a-zA-Z0-9])");

    private LanguageTags() {
    }

    /**
     * @param value a language value, possibly {@code null} or a list
     * @return the first tag in BCP-47 form, or {@code null} when there is none
     */
    static String normalise(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = TAG.matcher(value.trim());
        if (!m.lookingAt()) {
            return null;
        }
        StringBuilder tag = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
        if (m.group(2) != null) {
            String script = m.group(2).toLowerCase(Locale.ROOT);
            tag.append('-').append(Character.toUpperCase(script.charAt(0))).append(script.substring(1));
        }
        if (m.group(3) != null) {
            tag.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
        }
        return tag.toString();
    }
}
