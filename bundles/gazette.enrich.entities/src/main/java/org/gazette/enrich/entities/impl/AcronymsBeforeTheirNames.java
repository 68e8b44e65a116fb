package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * An acronym written before the organisation's full name is that organisation ("FEMA sent trucks
 * ... the Federal Emergency Management Agency said"): {@link OrganisationJoins} joins an acronym
 * only to a name already seen. After resolution, a word in capitals of three letters or more whose
 * letters are the initials of the capitalised words of exactly one organisation named in the text joins
 * it: an organisation of that acronym alone, or the word left untagged.
 */
final class AcronymsBeforeTheirNames {

    private final List<Token> tokens;

    AcronymsBeforeTheirNames(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Joins organisations named only by the acronym to the organisation it abbreviates. */
    void join(List<Group> groups) {
        Map<String, Group> byInitials = byInitials(groups);
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.fromGazetteer || g.members.isEmpty()) {
                continue;
            }
            String acronym = g.members.get(0).surface;
            Group target = acronymShape(acronym) ? byInitials.get(acronym.toLowerCase(Locale.ROOT)) : null;
            if (target == null || target == g || !g.members.stream().allMatch(m -> m.surface.equals(acronym))) {
                continue;
            }
            target.takeAll(g);
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    /** Adds the acronym where it is left untagged. */
    void add(AddedNames added) {
        Map<String, Group> byInitials = byInitials(added.groups());
        if (byInitials.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.shape != Token.Shape.UPPER || !acronymShape(t.text) || upperAt(i - 1) || upperAt(i + 1)) {
                continue;
            }
            Group target = byInitials.get(t.text.toLowerCase(Locale.ROOT));
            if (target != null && added.free(i, i + 1)) {
                added.addTo(target, i, i + 1, 0.7);
            }
        }
    }

    /** A word in capitals beside another is a line in capitals ("STORM HITS COAST"), not an acronym. */
    private boolean upperAt(int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).shape == Token.Shape.UPPER;
    }

    /** @return the organisations of several words by the initials of their names, those with one organisation only */
    private static Map<String, Group> byInitials(List<Group> groups) {
        Map<String, Group> byInitials = new HashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.members.isEmpty()) {
                continue;
            }
            String initials = OrganisationJoins.initials(g.canonical);
            if (initials.length() < 3) {
                continue;
            }
            Group before = byInitials.putIfAbsent(initials, g);
            if (before != null && before != g) {
                unique.put(initials, false);
            }
        }
        unique.forEach((initials, u) -> byInitials.remove(initials));
        return byInitials;
    }

    /** Three to six capital letters: "FEMA", "NTSB"; not "US" nor "I". */
    private static boolean acronymShape(String word) {
        return word.length() >= 3 && word.length() <= 6 && word.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }
}
