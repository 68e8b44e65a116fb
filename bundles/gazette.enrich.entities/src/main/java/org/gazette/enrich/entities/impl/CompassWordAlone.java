package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

import org.gazette.api.model.EntityType;

/**
 * A compass word alone names the one place of the text whose name is that word and one more: "the
 * North" after "North Korea" (Pyongyang's state, as news calls it), and "North" in "North and South
 * America" when the text names North America. Only after "the" or before "and"/"or" and another
 * compass word, and only when one place of the text has such a name ("the South" in a text naming
 * South Korea and South Africa stays a place of its own); after "the" only a country ("the South" is
 * not "South Carolina").
 */
final class CompassWordAlone {

    private final List<Token> tokens;

    CompassWordAlone(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Joins each place named by a compass word alone to the one place named with it. */
    void join(List<Group> groups) {
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION || g.members.isEmpty() || !g.members.stream().allMatch(this::compassAlone)) {
                continue;
            }
            Group target = null;
            for (Group other : groups) {
                if (other != g && other.type == EntityType.LOCATION && !other.members.isEmpty() && named(other, g.members.get(0).surface)
                        && (country(other) || g.members.stream().noneMatch(this::afterThe))) {
                    if (target != null) {
                        target = null;
                        break;
                    }
                    target = other;
                }
            }
            if (target != null) {
                target.takeAll(g);
            }
        }
        groups.removeIf(x -> x.members.isEmpty());
    }

    /** "North Korea" for "North": the canonical name or a mention is the word and one more capitalised word. */
    private static boolean named(Group place, String word) {
        return twoWords(place.canonical, word) || place.members.stream().anyMatch(m -> twoWords(m.surface, word));
    }

    private static boolean twoWords(String name, String word) {
        return name.startsWith(word + " ") && name.indexOf(' ', word.length() + 1) < 0 && name.length() > word.length() + 1
                && Character.isUpperCase(name.charAt(word.length() + 1));
    }

    /** "the North" names a country ("North Korea"), not a state or region ("South Carolina" is not "the South"). */
    private static boolean country(Group place) {
        return place.members.stream().anyMatch(m -> m.known != null && m.known.kind() == Known.Kind.COUNTRY);
    }

    private boolean afterThe(Candidate c) {
        return c.from > 0 && tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT).equals("the");
    }

    /** A compass word alone after "the", or before "and"/"or" and a compass word ("North and South America"). */
    private boolean compassAlone(Candidate c) {
        if (c.length() != 1 || !NameWords.isCompass(c.surface)) {
            return false;
        }
        boolean ellipsis = c.to + 1 < tokens.size() && (tokens.get(c.to).text.equals("and") || tokens.get(c.to).text.equals("or"))
                && NameWords.isCompass(tokens.get(c.to + 1).text);
        return afterThe(c) || ellipsis;
    }
}
