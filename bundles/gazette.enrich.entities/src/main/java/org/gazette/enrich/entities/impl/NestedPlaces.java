package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * Places named inside organisation names and offices are mentions of those places too: "Paris" in
 * "University of Paris", "Pittsburgh" in "Pittsburgh Pirates", "Virginia" in "Governor of Virginia". They are added as nested mentions
 * (inside the organisation's span) with a lower confidence, so a consumer that wants flat mentions
 * keeps the organisation.
 */
final class NestedPlaces {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    NestedPlaces(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(List<Group> groups) {
        Map<String, Group> places = new HashMap<>();
        for (Group g : groups) {
            if (g.type == EntityType.LOCATION) {
                places.put(Resolver.key(g.type, g.canonical), g);
            }
        }
        List<Group> created = new ArrayList<>();
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION && g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate org : List.copyOf(g.members)) {
                if (org.length() < 2 || org.caseless || g.type == EntityType.PERSON && !org.roleAlone) {
                    continue;
                }
                int k = org.from;
                while (k < org.to) {
                    int phrase = tokens.get(k).isCapital() ? lexicon.longestPhrase(tokens, k, org.to, false) : 0;
                    Known known = phrase > 0 && phrase < org.length() ? lexicon.phrase(tokens, k, k + phrase, false) : null;
                    while (phrase > 1 && (known == null || known.type() != EntityType.LOCATION)) {
                        // "U.S. Senate" is a known organisation: the place is a shorter phrase at its start
                        phrase = lexicon.longestPhrase(tokens, k, k + phrase - 1, false);
                        known = phrase > 0 ? lexicon.phrase(tokens, k, k + phrase, false) : null;
                    }
                    if (known == null || known.type() != EntityType.LOCATION) {
                        k++;
                        continue;
                    }
                    String key = Resolver.key(EntityType.LOCATION, known.canonical());
                    Group place = places.get(key);
                    if (place == null) {
                        place = new Group(EntityType.LOCATION, known.canonical(), true);
                        places.put(key, place);
                        created.add(place);
                    }
                    Candidate c = new Candidate(k, k + phrase, Token.surface(tokens, k, k + phrase), known);
                    c.decide(EntityType.LOCATION, 0.5);
                    place.add(c);
                    k += phrase;
                }
            }
        }
        groups.addAll(created);
    }
}
