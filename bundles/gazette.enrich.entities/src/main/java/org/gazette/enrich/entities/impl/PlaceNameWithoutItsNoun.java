package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A square or avenue is the same place as its name alone ("Tahrir Square ... Tahrir", "Lakeshore
 * Avenue ... Lakeshore"): a place of that name alone joins it, and the name alone left untagged
 * inside a sentence is tagged as it. Only a name the gazetteer does not know (not "Washington" for
 * "Washington Avenue"), not a given name ("Jackson Square" and "Jackson") nor a direction ("West
 * Avenue"), and only a name of one
 * entity in the text.
 */
final class PlaceNameWithoutItsNoun {

    /**
     * Squares and streets, whose name alone names them ("Tahrir Square ... Tahrir"); not islands,
     * rivers, harbours or peninsulas, whose name alone is as often the town or region beside them
     * ("Coron Island" and the town "Coron").
     */
    private static final Set<String> NOUNS = Set.of("Square", "Avenue", "Plaza", "Boulevard", "Piazza", "Platz", "Prospekt");

    /** Directions: "West Avenue" and "I-44 West". */
    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northeast", "Northwest",
            "Southeast", "Southwest", "Upper", "Lower", "Central", "Old", "New");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlaceNameWithoutItsNoun(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** Joins places of the name alone to the place named with its noun. */
    void join(List<Group> groups) {
        Map<String, Group> byName = byNameAlone(groups);
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION || g.fromGazetteer || g.members.isEmpty()) {
                continue;
            }
            Group target = byName.get(g.canonical);
            if (target == null || target == g || !g.members.stream().allMatch(m -> m.surface.equals(g.canonical) && m.known == null)) {
                continue;
            }
            target.takeAll(g);
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    /** Tags the name alone, of one word, where it is left untagged inside a sentence. */
    void add(AddedNames added) {
        Map<String, Group> byName = byNameAlone(added.groups());
        if (byName.isEmpty()) {
            return;
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Group target = t.shape == Token.Shape.CAPITALISED && !t.caseless && !t.sentenceStart ? byName.get(t.text) : null;
            if (target == null || !added.free(i, i + 1)) {
                continue;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null && (next.isCapital() && !next.sentenceStart || next.isPunct('-') && next.start == t.end)) {
                continue; // "Socotra Airport": a longer name the name rules left
            }
            added.addTo(target, i, i + 1, 0.6);
        }
    }

    /** @return the places named "X noun" by their name X alone, for names of one place only */
    private Map<String, Group> byNameAlone(List<Group> groups) {
        Map<String, Group> byName = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION || g.fromGazetteer || g.members.isEmpty()) {
                continue;
            }
            int space = g.canonical.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            String noun = g.canonical.substring(space + 1);
            String name = g.canonical.substring(0, space);
            Candidate full = g.members.stream().filter(m -> m.surface.equals(g.canonical)).findFirst().orElse(null);
            if (full == null || !NOUNS.contains(noun) || !nameAloneOk(name, full)) {
                continue;
            }
            Group before = byName.putIfAbsent(name, g);
            if (before != null && before != g) {
                shared.put(name, true);
            }
        }
        shared.keySet().forEach(byName::remove);
        return byName;
    }

    private boolean nameAloneOk(String name, Candidate full) {
        for (String word : name.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || lexicon.isFirstName(word) || DIRECTIONS.contains(word)
                    || lexicon.isCommonWord(word.toLowerCase(Locale.ROOT)) || lexicon.isPlaceSuffix(word)) {
                return false; // "Jackson Square", "Main Street", "Lake Shore Drive"
            }
        }
        return lexicon.longestPhrase(tokens, full.from, full.to - 1, false) == 0; // "Oakland Bay", "Washington Avenue"
    }
}
