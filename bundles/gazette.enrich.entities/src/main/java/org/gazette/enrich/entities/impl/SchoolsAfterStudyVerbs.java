package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A place name written where a school or an employer stands is the institution named after the
 * place: "studied at Wesleyan", "graduated from Cambridge", "educated at Harrow", "attended
 * Navarro", "was accepted at Oberlin". When one mention of a name
 * tagged as a place follows such a verb, every mention of that name is the organisation ("a boy at
 * Harrow" after "educated at Harrow"), except where it is written as the place: after a comma
 * ("University of California, Berkeley") or after "in" ("a school in Exeter"). Runs on resolved groups, before names are added.
 */
final class SchoolsAfterStudyVerbs {

    /** Verbs of study and teaching that take the school after "at" or "from". */
    private static final Set<String> STUDY = Set.of("studied", "study", "studies", "studying", "educated", "graduated",
            "graduate", "graduating", "enrolled", "enroll", "enrol", "taught", "lectured",
            "lecturer", "accepted", "admitted", "matriculated", "trained");
    /** Verbs that take the school directly: "attended Navarro". */
    private static final Set<String> DIRECT = Set.of("attended", "attend", "attends", "attending");

    private final List<Token> tokens;

    SchoolsAfterStudyVerbs(List<Token> tokens) {
        this.tokens = tokens;
    }

    void retype(List<Group> groups) {
        Map<String, Group> byKey = new HashMap<>();
        for (Group g : groups) {
            byKey.putIfAbsent(Resolver.key(g.type, g.canonical), g);
        }
        List<Group> created = new ArrayList<>();
        for (Group g : List.copyOf(groups)) {
            if (g.type != EntityType.LOCATION || g.members.stream().noneMatch(c -> !c.caseless && afterStudyVerb(c))) {
                continue;
            }
            String key = Resolver.key(EntityType.ORGANIZATION, g.canonical);
            Group school = byKey.get(key);
            if (school == null) {
                school = new Group(EntityType.ORGANIZATION, g.canonical, false);
                byKey.put(key, school);
                created.add(school);
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (placeWhere(c)) {
                    continue;
                }
                g.members.remove(c);
                Candidate moved = new Candidate(c.spanFrom, c.to, c.surface, null);
                moved.decide(EntityType.ORGANIZATION, c.confidence);
                school.add(moved);
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
        groups.addAll(created);
    }

    /**
     * @return whether a mention is written as the place, not the school: after a comma ("University
     *         of California, Berkeley") or after "in" ("a school in Exeter")
     */
    private boolean placeWhere(Candidate c) {
        return c.spanFrom >= 1 && (tokens.get(c.spanFrom - 1).isPunct(',') || tokens.get(c.spanFrom - 1).is("in"));
    }

    private boolean afterStudyVerb(Candidate c) {
        int from = c.spanFrom;
        if (from >= 1 && DIRECT.contains(lower(from - 1))) {
            return true;
        }
        return from >= 2 && (lower(from - 1).equals("at") || lower(from - 1).equals("from"))
                && STUDY.contains(lower(from - 2));
    }

    private String lower(int i) {
        Token t = tokens.get(i);
        return t.shape == Token.Shape.LOWER ? t.text : "";
    }
}
