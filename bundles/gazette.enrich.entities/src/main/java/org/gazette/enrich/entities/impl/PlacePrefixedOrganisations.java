package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * An organisation named once with its country, state, city or demonym before it and once without
 * is one organisation: "the Zembla Workers Party" and "the Workers Party", "the Zemblan Fisheries
 * Board" and "the Fisheries Board", "U.S. Republican Party" and "Republican Party". The shorter
 * name joins the longer one (or the gazetteer's entity, when the shorter name is known). Not when
 * two organisations with different places share the shorter name ("the Zemblan Foreign Ministry"
 * and "the Marlovian Foreign Ministry": "the Foreign Ministry" stays apart).
 * A gazetteer organisation before a name of two words or more is such a prefix too ("the Senate
 * Armed Services Committee" and "the Armed Services Committee"), and so is a country, state or city
 * before a place of two words or more that the gazetteer does not know ("the York Outer Ring Road"
 * and "the Outer Ring Road").
 */
final class PlacePrefixedOrganisations {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlacePrefixedOrganisations(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        join(groups, EntityType.ORGANIZATION);
        join(groups, EntityType.LOCATION);
    }

    private void join(List<Group> groups, EntityType type) {
        Map<String, Group> byName = new HashMap<>();
        for (Group g : groups) {
            if (g.type == type) {
                for (Candidate m : g.members) {
                    byName.putIfAbsent(Names.key(m.surface), g);
                }
                byName.putIfAbsent(Names.key(g.canonical), g);
            }
        }
        Map<Group, Set<Group>> prefixed = new HashMap<>();
        Map<Group, Candidate> prefixedBy = new HashMap<>();
        for (Group g : groups) {
            if (g.type != type) {
                continue;
            }
            for (Candidate m : g.members) {
                Group shorter = withoutPlace(m, byName, type);
                if (shorter != null && shorter != g) {
                    prefixed.computeIfAbsent(shorter, k -> new HashSet<>()).add(g);
                    prefixedBy.putIfAbsent(g, m);
                }
            }
        }
        for (Map.Entry<Group, Set<Group>> e : prefixed.entrySet()) {
            if (e.getValue().size() != 1) {
                continue; // two places share the shorter name
            }
            Group shorter = e.getKey();
            Group longer = e.getValue().iterator().next();
            if (type == EntityType.LOCATION && shorter.fromGazetteer) {
                continue; // a known place keeps its own entity
            }
            if (shorter.fromGazetteer && ownInstitution(prefixedBy.get(longer), shorter)) {
                continue; // "the Kenyan Parliament" is not the gazetteer's "Parliament"
            }
            Group from = shorter.fromGazetteer ? longer : shorter;
            Group to = shorter.fromGazetteer ? shorter : longer;
            if (from.members.isEmpty() || to.members.isEmpty() || from.fromGazetteer) {
                continue;
            }
            to.takeAll(from);
        }
    }

    /**
     * @return whether the mention, a country or demonym before a gazetteer institution of another country or of
     *         none, names that country's own institution (see {@link OtherCountryInstitutions}); then the
     *         institution's word alone joins it
     */
    private boolean ownInstitution(Candidate m, Group known) {
        int phrase = lexicon.longestPhrase(tokens, m.from, m.to, false);
        Known country = lexicon.phrase(tokens, m.from, m.from + phrase, false);
        if (country.kind() != Known.Kind.COUNTRY && country.kind() != Known.Kind.DEMONYM
                || !new OtherCountryInstitutions(lexicon).otherCountry(country.canonical(), known)) {
            return false;
        }
        if (OtherCountryInstitutions.writtenAlone(known, Token.surface(tokens, m.from + phrase, m.to))) {
            m.group.takeAll(known);
        }
        return true;
    }

    /** @return the organisation named by the mention's words after a leading place or demonym, or {@code null} */
    private Group withoutPlace(Candidate m, Map<String, Group> byName, EntityType type) {
        if (m.length() < 2) {
            return null;
        }
        int phrase = lexicon.longestPhrase(tokens, m.from, m.to, false);
        if (phrase == 0 || phrase >= m.length()) {
            return null;
        }
        Known known = lexicon.phrase(tokens, m.from, m.from + phrase, false);
        boolean place = known != null && (known.kind() == Known.Kind.DEMONYM && type == EntityType.ORGANIZATION
                || known.type() == EntityType.LOCATION
                && (known.kind() == Known.Kind.COUNTRY || known.kind() == Known.Kind.STATE || known.kind() == Known.Kind.CITY));
        boolean severalWordsLeft = m.length() - phrase >= 2;
        boolean prefix = type == EntityType.ORGANIZATION
                ? place || severalWordsLeft && known != null && known.type() == EntityType.ORGANIZATION
                : place && severalWordsLeft;
        if (!prefix) {
            return null;
        }
        return byName.get(Names.key(Token.surface(tokens, m.from + phrase, m.to)));
    }
}
