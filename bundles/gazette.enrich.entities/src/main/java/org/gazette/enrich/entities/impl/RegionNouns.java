package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Capitalised nouns that name a region or a country by themselves after an article or a possessive.
 * A compass word after "the" is a region ("the North", "in the Southwest", "the North's economy").
 * "The Nation", and "our" or "this" before "Nation", "Republic" or "Country" (written with a capital
 * inside a sentence), is the country the text speaks of: the gazetteer country named most often in
 * it; without one, and for "its Republic", "the Empire", "the Confederacy", a place of its own name.
 * Only where nothing else was tagged, not in lines written in capitals or title case, and not when
 * a capitalised word or "of" and a name follow ("the North Sea", "the West Wing", "the Empire of
 * Japan" are left to the name rules).
 */
final class RegionNouns {

    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northeast", "Northwest",
            "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West", "Midwest");
    private static final Set<String> POLITIES = Set.of("Nation", "Republic", "Empire", "Country", "Confederacy");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "our", "their", "its", "his", "her");

    private final List<Token> tokens;
    private final UnionOfStates union;

    RegionNouns(List<Token> tokens) {
        this.tokens = tokens;
        this.union = new UnionOfStates(tokens);
    }

    void add(AddedNames added) {
        Group country = mostNamedCountry(added.groups());
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.shape != Token.Shape.CAPITALISED || t.caseless || t.sentenceStart) {
                continue;
            }
            String before = tokens.get(i - 1).text.toLowerCase(Locale.ROOT);
            boolean region = COMPASS.contains(t.text) && before.equals("the");
            boolean polity = POLITIES.contains(t.text) && DETERMINERS.contains(before);
            if ((region || polity) && !nameGoesOn(i + 1)) {
                Group side = region ? placeNamed(added.groups(), union.sideNamed(i)) : null;
                if (side != null) {
                    added.addTo(side, i, i + 1, 0.6); // "the North" is the Union
                } else if (polity && country != null && ownCountry(t.text, before)) {
                    added.addTo(country, i, i + 1, 0.6);
                } else {
                    added.add(i, i + 1, EntityType.LOCATION, t.text, 0.6);
                }
            }
        }
    }

    /** "the Nation", "our Republic", "this Country": the speaker's country; not "its Republic" or "the Country". */
    private static boolean ownCountry(String noun, String determiner) {
        return noun.equals("Nation") && determiner.equals("the")
                || !noun.equals("Empire") && !noun.equals("Confederacy") && (determiner.equals("our") || determiner.equals("this"));
    }

    /** @return the place group with the most mentions of a gazetteer country, or {@code null} when no country is named */
    private static Group mostNamedCountry(List<Group> groups) {
        Group best = null;
        int bestCount = 0;
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION) {
                continue;
            }
            int count = 0;
            for (Candidate c : g.members) {
                if (c.known != null && c.known.kind() == Known.Kind.COUNTRY) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = g;
                bestCount = count;
            }
        }
        return best;
    }

    /** @return the place group with that canonical name, or {@code null} */
    private static Group placeNamed(List<Group> groups, String name) {
        if (name == null) {
            return null;
        }
        for (Group g : groups) {
            if (g.type == EntityType.LOCATION && g.canonical.equals(name)) {
                return g;
            }
        }
        return null;
    }

    /** A capitalised word, a hyphen or "of" and a capitalised word follow: a longer name, not this rule's. */
    private boolean nameGoesOn(int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        if (next.isCapital() && !next.sentenceStart || next.isPunct('-') && next.start == tokens.get(k - 1).end) {
            return true;
        }
        return next.is("of") && k + 1 < tokens.size() && tokens.get(k + 1).isCapital();
    }
}
