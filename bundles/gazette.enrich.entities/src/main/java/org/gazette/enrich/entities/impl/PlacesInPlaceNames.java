package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Places named inside the names of other places are mentions of those places too: "Tulsa" in
 * "Tulsa International Airport", "Auckland" in "Auckland Castle", "Mexico" in "Gulf of Mexico",
 * "Fort Lee" in "Fort Lee Historic Park" where the text names Fort Lee alone elsewhere. The inner
 * place is a gazetteer place or a place the text tags on its own; it is added as a nested mention
 * (confidence 0.5), like {@link NestedPlaces} adds the places inside organisations. Not the city
 * of "Paris, France", which is the core of that mention itself.
 */
final class PlacesInPlaceNames {

    /** Built places and works named after the place they serve or stand in ("Tulsa International Airport", "Auckland Castle"). */
    private static final Set<String> FACILITIES = Set.of("Airport", "Airfield", "Castle", "Bay", "Park", "Basin", "Expressway",
            "Freeway", "Turnpike", "Hospital", "Theater", "Theatre", "Stadium", "Arena", "Station", "Bridge", "Tunnel",
            "Archipelago", "Cathedral", "Palace", "Zoo", "Port", "Harbor", "Docks", "Pier", "Dam", "Canal");
    /** Heads of "the Gulf of Mexico", "the Bay of Bengal": the place after "of" is nested. */
    private static final Set<String> HEADS_OF = Set.of("Gulf", "Bay", "Sea", "Strait", "Straits", "Coast");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlacesInPlaceNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(List<Group> groups) {
        Map<String, Group> places = new HashMap<>();
        Map<String, List<String[]>> ownNames = new HashMap<>(); // the text's own places, by first word
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION) {
                continue;
            }
            places.put(Resolver.key(g.type, g.canonical), g);
            for (Candidate c : g.members) {
                if (!c.caseless && c.known == null && tokens.get(c.from).isCapital()) {
                    String[] words = words(c.from, c.to);
                    List<String[]> named = ownNames.computeIfAbsent(words[0], k -> new ArrayList<>());
                    if (named.stream().noneMatch(w -> String.join(" ", w).equals(String.join(" ", words)))) {
                        named.add(words);
                    }
                }
            }
        }
        List<Group> created = new ArrayList<>();
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION) {
                continue;
            }
            for (Candidate outer : List.copyOf(g.members)) {
                if (outer.length() < 2 || outer.caseless || outer.confidence <= 0.5) {
                    continue;
                }
                int[] range = innerRange(outer);
                if (range == null) {
                    continue;
                }
                int k = range[0];
                while (k < range[1]) {
                    int length = 0;
                    Known known = null;
                    if (tokens.get(k).isCapital()) {
                        length = lexicon.longestPhrase(tokens, k, range[1], false);
                        known = length > 0 && length < outer.length() ? lexicon.phrase(tokens, k, k + length, false) : null;
                        while (length > 1 && (known == null || known.type() != EntityType.LOCATION)) {
                            length = lexicon.longestPhrase(tokens, k, k + length - 1, false);
                            known = length > 0 ? lexicon.phrase(tokens, k, k + length, false) : null;
                        }
                        if (known == null || known.type() != EntityType.LOCATION) {
                            known = null;
                            length = range[2] == 1 ? ownName(ownNames, k, range[1]) : 0;
                        }
                    }
                    if (length == 0 || length >= outer.length() || k > outer.from && lexicon.isFirstName(tokens.get(k - 1).text)) {
                        // "George Washington Bridge" is named after a person
                        k++;
                        continue;
                    }
                    String surface = Token.surface(tokens, k, k + length);
                    String canonical = known != null ? known.canonical() : surface;
                    String key = Resolver.key(EntityType.LOCATION, canonical);
                    Group place = places.get(key);
                    if (place == g) {
                        k += length; // "D.C." in "Washington, D.C.": the same place
                        continue;
                    }
                    if (place == null) {
                        place = new Group(EntityType.LOCATION, canonical, known != null);
                        places.put(key, place);
                        created.add(place);
                    }
                    Candidate c = new Candidate(k, k + length, surface, known);
                    c.decide(EntityType.LOCATION, 0.5);
                    place.add(c);
                    k += length;
                }
            }
        }
        groups.addAll(created);
    }

    /**
     * @return the tokens of a place name that may hold another place, {from, to, own}: before a
     *         facility word at its end, after "of" behind a head such as "Gulf", or after the comma of
     *         "Washington, D.C."; own is 1 where a place the text names alone counts, not only a
     *         gazetteer place; {@code null} for other names ("South Africa", "New York City")
     */
    private int[] innerRange(Candidate outer) {
        for (int k = outer.from + 1; k < outer.to - 1; k++) {
            if (tokens.get(k).isPunct(',')) {
                return new int[] {k + 1, outer.to, 0};
            }
        }
        if (FACILITIES.contains(tokens.get(outer.to - 1).text)) {
            return new int[] {outer.from, outer.to - 1, 1};
        }
        if (outer.length() >= 3 && HEADS_OF.contains(tokens.get(outer.from).text) && tokens.get(outer.from + 1).is("of")) {
            return new int[] {outer.from + 2, outer.to, 0};
        }
        return null;
    }

    /** @return the length of the longest place the text names on its own that starts at {@code k} and ends by {@code to}, else 0 */
    private int ownName(Map<String, List<String[]>> ownNames, int k, int to) {
        List<String[]> named = ownNames.get(tokens.get(k).text);
        int best = 0;
        if (named == null) {
            return 0;
        }
        for (String[] words : named) {
            if (words.length <= best || k + words.length > to) {
                continue;
            }
            boolean same = true;
            for (int w = 0; w < words.length && same; w++) {
                same = tokens.get(k + w).text.equals(words[w]);
            }
            if (same) {
                best = words.length;
            }
        }
        return best;
    }

    private String[] words(int from, int to) {
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
            words[k - from] = tokens.get(k).text;
        }
        return words;
    }
}
