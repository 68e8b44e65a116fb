package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * Adds mentions found by a rule that runs after the names were resolved ({@link RegionNouns},
 * {@link RoadNumbers}, {@link PlaceWordAlone}, {@link NestedOrganisations}, {@link PeopleByAdjective},
 * {@link CuedOrganisations}, {@link CuedLoneNames}, {@link InitialledNames}, {@link PluralPlaceNames}, {@link TownsInInstitutionNames}): a mention joins the
 * group of its type and canonical name, or a group given, or starts one. Flat mentions go only
 * where no mention is yet; nested ones lie inside another mention's span. One instance per text.
 */
final class AddedNames {

    private final List<Token> tokens;
    private final List<Group> groups;
    private final Map<String, Group> byKey = new HashMap<>();
    private final boolean[] covered;

    AddedNames(List<Token> tokens, List<Group> groups) {
        this.tokens = tokens;
        this.groups = groups;
        this.covered = new boolean[tokens.size()];
        for (Group g : groups) {
            byKey.putIfAbsent(Resolver.key(g.type, g.canonical), g);
            for (Candidate c : g.members) {
                for (int k = c.spanFrom; k < c.to; k++) {
                    covered[k] = true;
                }
            }
        }
    }

    /** @return whether no mention covers any token of [from, to) */
    boolean free(int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    /** Adds a mention of [from, to) where no mention is yet; nothing when one is there. */
    void add(int from, int to, EntityType type, String canonical, double confidence) {
        if (!free(from, to)) {
            return;
        }
        addNested(from, to, type, canonical, confidence);
        for (int k = from; k < to; k++) {
            covered[k] = true;
        }
    }

    /** Adds a mention of [from, to) inside another mention's span. */
    void addNested(int from, int to, EntityType type, String canonical, double confidence) {
        String key = Resolver.key(type, canonical);
        Group g = byKey.get(key);
        if (g == null) {
            g = new Group(type, canonical, false);
            byKey.put(key, g);
            groups.add(g);
        }
        Candidate c = new Candidate(from, to, surface(from, to), null);
        c.decide(type, confidence);
        g.add(c);
    }

    /** Adds a mention of [from, to) to an entity already found, where no mention is yet. */
    void addTo(Group g, int from, int to, double confidence) {
        if (!free(from, to)) {
            return;
        }
        Candidate c = new Candidate(from, to, surface(from, to), null);
        c.decide(g.type, confidence);
        g.add(c);
        for (int k = from; k < to; k++) {
            covered[k] = true;
        }
    }

    /**
     * Takes back a guessed mention of exactly [from, to) that a later rule types with better
     * evidence ("MO" in "Kansas City, MO said", guessed an organisation by the verb after it): a
     * mention of no gazetteer name; its entity goes when it has no other mention.
     *
     * @return whether [from, to) is free now
     */
    boolean release(int from, int to) {
        for (Group g : groups) {
            for (Candidate c : g.members) {
                if (c.spanFrom == from && c.to == to && c.known == null) {
                    g.members.remove(c);
                    if (g.members.isEmpty()) {
                        groups.remove(g);
                        byKey.remove(Resolver.key(g.type, g.canonical), g);
                    }
                    for (int k = from; k < to; k++) {
                        covered[k] = false;
                    }
                    return true;
                }
            }
        }
        return free(from, to);
    }

    /** @return the entities found so far (the live list: do not change it) */
    List<Group> groups() {
        return groups;
    }

    /** The text of [from, to) with one space where the text has any. */
    String surface(int from, int to) {
        return Token.surface(tokens, from, to);
    }
}
