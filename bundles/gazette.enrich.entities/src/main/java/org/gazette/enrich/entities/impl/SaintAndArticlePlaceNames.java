package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A name opening with "St", "Saint", "San", "Santa" and a given name is a person by its title ("St
 * Ursula", "Saint Francis"), and one opening with an article of another language, "Al", "El", "La",
 * "Le", "Les", "Los", "Las", is often guessed a person too ("Al Qaim" like "Al Gore"); but not
 * where the text uses it as a place: after a word of place ("in St Ursula", "near Al Qaim", "across
 * Les Essarts"), after "to", "from" or "via" behind a word of motion or distance ("drove to St
 * Ursula", "the bus from El Alto", "40 km from Sainte Marie"), after a noun of places and "of" ("the
 * mayor of St. Albans", "residents of"), before a lower-case noun of places ("Al Anbar province") or
 * in an apposition or copula naming one ("St Ursula, a small town on the coast", "St Ursula is a
 * town"). Then every mention of that name written with its first word is a place of that full
 * name, and a single name after it and a comma that was a person only by that company ("Kelvania"
 * in "St. Maren, Kelvania") is a place too; "prayed to St Ursula", "St Ursula's feast" and "Al
 * Gore spoke in Nashville" stay persons.
 */
final class SaintAndArticlePlaceNames {

    /**
     * The words of saints that open place names in English, French, Spanish, Italian and Portuguese,
     * and the articles of French, Spanish and Arabic names.
     */
    private static final Set<String> FIRST_WORDS = Set.of("St", "St.", "Saint", "Sainte", "Ste", "Ste.", "San", "Santa",
            "Santo", "São", "Sant", "Al", "El", "La", "Le", "Les", "Los", "Las");
    /** Lower-case nouns of places right after the name: "Al Anbar province", "St Helens town". */
    private static final Set<String> PLACE_AFTER = Set.of("province", "governorate", "district", "county", "region",
            "city", "town", "village", "island", "islands", "parish", "municipality", "area", "airport");
    /** Words before a name that put a place there; "to", "from" and "via" take people too. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "across", "throughout", "outside", "inside",
            "entered");
    private final List<Token> tokens;
    private final PlaceNouns placeNouns;

    SaintAndArticlePlaceNames(List<Token> tokens) {
        this.tokens = tokens;
        this.placeNouns = new PlaceNouns(tokens);
    }

    void retype(List<Group> groups) {
        Map<String, List<Candidate>> bySurface = new HashMap<>();
        Set<String> places = new HashSet<>();
        Map<Integer, Candidate> guessedByStart = new HashMap<>(); // names typed only by the list they stand in
        for (Group g : groups) {
            for (Candidate c : g.members) {
                if (g.type == EntityType.PERSON && c.length() == 1 && c.known == null && c.confidence <= 0.5) {
                    guessedByStart.put(c.spanFrom, c);
                }
            }
        }
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : g.members) {
                if (c.caseless || c.known != null || c.to - c.spanFrom < 2 || !FIRST_WORDS.contains(tokens.get(c.spanFrom).text)) {
                    continue;
                }
                String surface = Token.surface(tokens, c.spanFrom, c.to);
                bySurface.computeIfAbsent(surface, k -> new ArrayList<>()).add(c);
                if (usedAsPlace(c.spanFrom, c.to)) {
                    places.add(surface);
                }
            }
        }
        Map<String, Group> byKey = new HashMap<>();
        for (Group g : groups) {
            byKey.putIfAbsent(Resolver.key(g.type, g.canonical), g);
        }
        List<Group> created = new ArrayList<>();
        for (String surface : places) {
            String key = Resolver.key(EntityType.LOCATION, surface);
            Group place = byKey.get(key);
            if (place == null) {
                place = new Group(EntityType.LOCATION, surface, false);
                byKey.put(key, place);
                created.add(place);
            }
            for (Candidate c : bySurface.get(surface)) {
                c.group.members.remove(c);
                Candidate moved = new Candidate(c.spanFrom, c.to, surface, null);
                moved.decide(EntityType.LOCATION, c.confidence);
                place.add(moved);
                Candidate region = guessedByStart.remove(c.to + 1);
                if (region != null && tokens.get(c.to).isPunct(',')) {
                    // "St. Maren, Kelvania": the name after the comma was a person only by standing beside it
                    region.group.members.remove(region);
                    String name = Token.surface(tokens, region.spanFrom, region.to);
                    Group inner = byKey.get(Resolver.key(EntityType.LOCATION, name));
                    if (inner == null) {
                        inner = new Group(EntityType.LOCATION, name, false);
                        byKey.put(Resolver.key(EntityType.LOCATION, name), inner);
                        created.add(inner);
                    }
                    Candidate movedRegion = new Candidate(region.spanFrom, region.to, name, null);
                    movedRegion.decide(EntityType.LOCATION, region.confidence);
                    inner.add(movedRegion);
                }
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
        groups.addAll(created);
    }

    private boolean usedAsPlace(int from, int to) {
        if (to < tokens.size() && tokens.get(to).shape == Token.Shape.POSSESSIVE) {
            return false; // "St Ursula's feast", "in St Paul's letters"
        }
        if (placeNouns.namesPlace(from, to)
                || to < tokens.size() && tokens.get(to).shape == Token.Shape.LOWER && PLACE_AFTER.contains(tokens.get(to).text)
                || from >= 2 && tokens.get(from - 1).is("of") && tokens.get(from - 2).shape == Token.Shape.LOWER
                        && Cues.PLACE_OF.contains(tokens.get(from - 2).text)) {
            return true;
        }
        String before = from >= 1 ? word(from - 1) : "";
        if (from >= 1 && tokens.get(from - 1).shape == Token.Shape.LOWER && PLACE_BEFORE.contains(before)) {
            return true;
        }
        return from >= 2 && tokens.get(from - 1).shape == Token.Shape.LOWER && Cues.MOTION_LOCATIVE.contains(before)
                && Cues.MOTION.contains(word(from - 2));
    }

    private String word(int k) {
        return tokens.get(k).text.toLowerCase(Locale.ROOT);
    }
}
