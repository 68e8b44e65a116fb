package org.gazette.enrich.entities.impl;

import java.util.Set;

/**
 * A building or structure named after a titled person is a place, not that person: "the Sheikh
 * Varrow Mosque", "the Emperor Tallon Bridge", "Madame Quill Museum". The title before a run of
 * capitalised words ending in one of these words does not make the run a person; the run is then
 * typed by its own words ({@link WordTyping}: a place by its last word). Only words that are rarely
 * surnames: "Hill", "Lane", "Park" or "Street" after a title are as often a person's name ("Dr.
 * Anita Hill"); and not after an honorific and a given name ("Mr. Tom Bridge" is a person).
 */
final class TitledFacilityNames {

    private static final Set<String> FACILITIES = Set.of("Airport", "Bridge", "Station", "Stadium", "Arena",
            "Palace", "Castle", "Cathedral", "Mosque", "Abbey", "Tower", "Memorial", "Cemetery", "Monument",
            "Shrine", "Basilica", "Chapel", "Museum", "Gallery", "Theatre", "Theater", "Hotel", "Cinema",
            "Building", "Mansion", "Auditorium", "Tunnel", "Lighthouse", "Expressway", "Parkway", "Boulevard",
            "Avenue", "Highway", "Square", "Plaza", "Reservoir", "Dam", "Glacier", "Shelf");

    private TitledFacilityNames() {
    }

    /** @return whether a run of two or more words after a title, ending in {@code last}, names a building or structure */
    static boolean isFacility(int words, String last) {
        return words >= 2 && FACILITIES.contains(last);
    }
}
