package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A US state written by its postal or AP abbreviation after a place and a comma is a place too:
 * "KS" in "Coffeyville, KS", "NJ" in "Paramus, NJ", joining the state's entity ("Kansas") when
 * the text names it. Alone, "OK", "IN" or "ME" are words, so the place before the comma is needed.
 * A guess the name rules made of the abbreviation alone gives way: "MO" in "Kansas City, MO said"
 * is no organisation, "ID" in "Boise, ID announced" no person.
 */
final class StatesAfterPlaces {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    StatesAfterPlaces(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        Set<Integer> placeEnds = new HashSet<>();
        Map<String, Group> places = new HashMap<>();
        for (Group g : added.groups()) {
            if (g.type == EntityType.LOCATION) {
                places.putIfAbsent(Resolver.key(g.type, g.canonical), g);
                for (Candidate c : g.members) {
                    placeEnds.add(c.to - 1);
                }
            }
        }
        for (int i = 2; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Known state = t.caseless ? null : lexicon.stateAbbreviation(t.text);
            if (state != null && tokens.get(i - 1).isPunct(',') && placeEnds.contains(i - 2)
                    && added.release(i, i + 1)) {
                Group g = places.get(Resolver.key(EntityType.LOCATION, state.canonical()));
                if (g == null) {
                    g = new Group(EntityType.LOCATION, state.canonical(), true); // "Kansas", whatever it is written as
                    places.put(Resolver.key(EntityType.LOCATION, state.canonical()), g);
                    added.groups().add(g); // a whole new entity, as NestedPlaces adds them
                }
                added.addTo(g, i, i + 1, 0.6);
            }
        }
    }
}
