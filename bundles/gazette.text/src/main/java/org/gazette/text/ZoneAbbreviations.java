package org.gazette.text;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone abbreviations that news sites print after a time ("Dec 19, 2025 1:06 PM EST",
 * "Jan 2, 2025, 9:06am CST", "11:02 BST"), as US, British, European, Indian and Australian
 * outlets write them. A zone with a season in its name has one offset; a seasonless US zone
 * ("ET", "PT") changes with the season, so it gives no offset: the time is kept as the local time.
 * An abbreviation that several regions share is read as the region that prints it most on the
 * web (CST: US Central, IST: India).
 */
final class ZoneAbbreviations {

    /** Alternatives of a regex, longest first so that "CEST" is not read as "CET"'s prefix. */
    static final String PATTERN = "aedt|aest|cest|[ecmp][sd]t|bst|cet|ist|[ecmp]t";

    private static final Map<String, ZoneOffset> OFFSETS = Map.ofEntries(
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private ZoneAbbreviations() {
    }

    /**
     * @param zone an abbreviation that {@link #PATTERN} matches, in any case
     * @return its offset, or {@code null} for a zone whose offset changes with the season ("ET")
     *         or an unknown one
     */
    static ZoneOffset offset(String zone) {
        return OFFSETS.get(zone.toUpperCase(Locale.ROOT));
    }

    /** @return whether a zone is written with letters (an abbreviation) rather than as an offset */
    static boolean isAbbreviation(String zone) {
        char c = zone.charAt(0);
        return Character.isLetter(c) && !zone.equalsIgnoreCase("z") && !zone.equalsIgnoreCase("utc") && !zone.equalsIgnoreCase("gmt");
    }
}
