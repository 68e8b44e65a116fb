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
 * ("University of California, Berkeley") or after "in" ("a school in Exeter"). A noun of academic
 * work before "at" is such a cue too ("a professor at Berkeley"). The mentions join the school when
 * the text names it in full ("University of Helsinki", "Harrow School"); a place the gazetteers do
 * not know joins such a school even without a cue ("sent to Harrow"). Runs on resolved groups, before names are added.
 */
final class SchoolsAfterStudyVerbs {

    /** Verbs of study and teaching that take the school after "at" or "from". */
    private static final Set<String> STUDY = Set.of("studied", "study", "studies", "studying", "educated", "graduated",
            "graduate", "graduating", "enrolled", "enroll", "enrol", "taught", "lectured",
            "lecturer", "accepted", "admitted", "matriculated", "trained");
    /** Nouns of academic work that take the school after "at" only ("a student from China" is where she comes from). */
    private static final Set<String> ACADEMIC = Set.of("professor", "student", "researcher", "research", "postdoctoral",
            "fellow", "scholar");
    /** The head of a school's full name that the place alone stands for: "Harrow School", then "Harrow". */
    private static final Set<String> SCHOOL_HEADS = Set.of("School", "College", "Academy");
    /** Prepositions before a name written as the place: "a school in Exeter", "a village near Exeter". */
    private static final Set<String> PLACE_WHERE = Set.of("in", "near", "outside", "around");
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
        Map<String, Group> schools = schoolsByPlace(groups);
        List<Group> created = new ArrayList<>();
        for (Group g : List.copyOf(groups)) {
            if (g.type != EntityType.LOCATION) {
                continue;
            }
            boolean cued = g.members.stream().anyMatch(c -> !c.caseless && afterStudyVerb(c));
            Group school = cued || unknownPlace(g) ? schools.get(g.canonical) : null;
            if (school == null && !cued) {
                continue;
            }
            String key = Resolver.key(EntityType.ORGANIZATION, g.canonical);
            school = school != null ? school : byKey.get(key);
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
     * @return the organisations named in full as a place and a school noun ("Harrow School", "Eton College"), by
     *         the place's words
     */
    private Map<String, Group> schoolsByPlace(List<Group> groups) {
        Map<String, Group> schools = new HashMap<>();
        Map<String, Group> universities = new HashMap<>();
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate c : g.members) {
                if (c.length() >= 2 && !c.caseless && SCHOOL_HEADS.contains(tokens.get(c.to - 1).text)) {
                    schools.putIfAbsent(Token.surface(tokens, c.from, c.to - 1), g);
                } else if (c.length() >= 3 && !c.caseless && tokens.get(c.from).is("University") && tokens.get(c.from + 1).is("of")) {
                    universities.putIfAbsent(Token.surface(tokens, c.from + 2, c.to), g);
                }
            }
        }
        universities.forEach(schools::putIfAbsent);
        return schools;
    }

    /** A place the gazetteers do not know ("Harrow"), not a city the text may also name ("Boston" beside "Boston College"). */
    private static boolean unknownPlace(Group g) {
        return !g.fromGazetteer && g.members.stream().allMatch(c -> c.known == null);
    }

    /**
     * @return whether a mention is written as the place, not the school: after a comma ("University
     *         of California, Berkeley") or after "in" or "near" ("a school in Exeter", "a village near Exeter")
     */
    private boolean placeWhere(Candidate c) {
        if (c.spanFrom < 1) {
            return false;
        }
        Token before = tokens.get(c.spanFrom - 1);
        return before.isPunct(',') || PLACE_WHERE.contains(before.text);
    }

    private boolean afterStudyVerb(Candidate c) {
        int from = c.spanFrom;
        if (from >= 1 && DIRECT.contains(lower(from - 1))) {
            return true;
        }
        return from >= 2 && (lower(from - 1).equals("at") || lower(from - 1).equals("from"))
                && STUDY.contains(lower(from - 2)) || from >= 2 && lower(from - 1).equals("at") && ACADEMIC.contains(lower(from - 2));
    }

    private String lower(int i) {
        Token t = tokens.get(i);
        return t.shape == Token.Shape.LOWER ? t.text : "";
    }
}
