package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * An organisation named with a demonym before its name and without it in the same text is one
 * organisation: "the Australian Labor Party" and "Rudd's Labor Party", "the Velmoran Farmers Union"
 * and "the Farmers Union". Only names of two words or more after the demonym ("the Government" is
 * not joined to "the Albanian Government"), and only when no other organisation of the text has the
 * same name after another demonym.
 */
final class DemonymOrganisationNames {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    DemonymOrganisationNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        Map<String, Group> withDemonym = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Group g : groups) {
            String rest = g.type == EntityType.ORGANIZATION && !g.members.isEmpty() ? withoutDemonym(g) : null;
            if (rest != null) {
                withDemonym.put(rest, g);
                count.merge(rest, 1, Integer::sum);
            }
        }
        if (withDemonym.isEmpty()) {
            return;
        }
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.members.isEmpty()) {
                continue;
            }
            String key = Names.key(g.canonical);
            Group full = withDemonym.get(key);
            if (full != null && full != g && count.get(key) == 1) {
                String canonical = full.canonical;
                full.takeAll(g);
                full.canonical = canonical;
            }
        }
    }

    /** @return the key of the name after a leading demonym when it has two words or more ("labor party"), or {@code null} */
    private String withoutDemonym(Group g) {
        for (Candidate c : g.members) {
            if (c.length() >= 3 && !c.caseless && Names.key(c.surface).equals(Names.key(g.canonical))) {
                Known first = lexicon.phrase(tokens, c.from, c.from + 1, false);
                if (first != null && first.kind() == Known.Kind.DEMONYM) {
                    return Names.key(Token.surface(tokens, c.from + 1, c.to));
                }
            }
        }
        return null;
    }
}
