package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A sports club named in full with its suffix ("Kelsey F.C.", "Grimsby Villa FC") is also called
 * by the words before the suffix alone: "Kelsey" or "Grimsby Villa" that the name rules made a
 * person (a given name, a verb of speech after it) is the club, wherever the text writes it. Not a
 * name with a title or other person evidence of its own ("Ms. Kelsey Park"), nor a place: "in
 * Tarnby" stays the town after "Tarnby FC".
 */
final class ClubShortNames {

    /** Suffixes of football and sports clubs, also in {@code organization-words.txt}. */
    private static final Set<String> CLUB_SUFFIXES = Set.of("FC", "F.C.", "AFC", "A.F.C.", "CF", "C.F.");

    private final List<Token> tokens;

    ClubShortNames(List<Token> tokens) {
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        Map<String, Group> clubs = new HashMap<>();
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate c : g.members) {
                if (c.length() >= 2 && CLUB_SUFFIXES.contains(tokens.get(c.to - 1).text)) {
                    clubs.putIfAbsent(Token.surface(tokens, c.from, c.to - 1), g);
                }
            }
        }
        if (clubs.isEmpty()) {
            return;
        }
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                Group club = clubs.get(c.surface);
                if (club != null && c.spanFrom == c.from && !c.personCue && !c.caseless && c.known == null) {
                    g.members.remove(c);
                    Candidate moved = new Candidate(c.from, c.to, c.surface, null);
                    moved.decide(EntityType.ORGANIZATION, c.confidence);
                    club.add(moved);
                }
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }
}
