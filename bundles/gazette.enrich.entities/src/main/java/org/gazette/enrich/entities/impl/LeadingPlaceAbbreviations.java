package org.gazette.enrich.entities.impl;

import java.util.Map;

/**
 * A place's name opening with an abbreviated place word is the name written out: "Mt. Quarrow" is
 * "Mount Quarrow", "Ft. Tarnby" "Fort Tarnby", "St. Quarrow" "Saint Quarrow", "Pt. Tarnby" "Point
 * Tarnby", so both are one place (and the full form names it). Only the first word of a name of two
 * words or more: a last "St." is a street ("Main St."), see {@link Names#placeKey}.
 */
final class LeadingPlaceAbbreviations {

    private static final Map<String, String> WORDS = Map.of("mt", "mount", "ft", "fort", "st", "saint", "pt", "point");

    private LeadingPlaceAbbreviations() {
    }

    /** @param key a comparison key ({@link Names#key}) @return the key with its first word written out */
    static String expand(String key) {
        int space = key.indexOf(' ');
        String full = space < 0 ? null : WORDS.get(key.substring(0, space));
        return full == null ? key : full + key.substring(space);
    }
}
