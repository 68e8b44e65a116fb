package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/** A title written alone joins the person last named with it ({@link #join}). */
final class TitlesAloneToHolders {

    /** Words before a title that make it a title, not a given name: "the Dean", "our President". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "your", "his", "her", "their", "its", "my", "this", "that");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    TitlesAloneToHolders(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * "the President" alone is the person last named with that title before it ("President Trump
     * ... the President said"); without one it stays an entity of its own.
     */
    void join(List<Group> groups) {
        Map<String, List<Candidate>> holders = new HashMap<>();
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate m : g.members) {
                if (m.role != null && (!m.roleAlone || named(g))) { // "the Administrator" after "our Administrator, Ann Lee"
                    holders.computeIfAbsent(m.role, k -> new ArrayList<>()).add(m);
                }
            }
        }
        if (holders.isEmpty()) {
            return;
        }
        for (List<Candidate> named : holders.values()) {
            named.sort((a, b) -> Integer.compare(a.from, b.from));
        }
        TitlesOfOtherCountries countries = new TitlesOfOtherCountries(lexicon, tokens);
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                List<Candidate> named = c.roleAlone && !givenNameAlone(c) && !named(g) ? holders.get(c.role) : null;
                if (named == null) {
                    continue;
                }
                Candidate holder = countries.lastHolder(named, c);
                if (holder != null && holder.group != g) {
                    g.members.remove(c);
                    holder.group.add(c);
                }
            }
        }
    }

    private static boolean named(Group g) {
        return g.members.stream().anyMatch(m -> !m.roleAlone);
    }

    /** "Dean said" is someone called Dean, "the Dean said" the dean: a title that is a given name, without a word before it */
    private boolean givenNameAlone(Candidate c) {
        if (c.length() != 1 || !lexicon.isFirstName(tokens.get(c.from).text)) {
            return false;
        }
        Token before = c.from > 0 ? tokens.get(c.from - 1) : null;
        return before == null || !DETERMINERS.contains(before.text.toLowerCase(Locale.ROOT));
    }
}
