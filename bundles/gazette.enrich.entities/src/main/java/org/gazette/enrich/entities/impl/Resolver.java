package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Decides the type of every candidate name and joins the candidates that name one entity, over the
 * whole text: a surname or given name alone joins the nearest person with that name ("Kim" after
 * "Kim Jong Un", "Jordan" after "Michael Jordan"), gazetteer aliases join their canonical entity
 * ("U.S." and "America" join "United States"), acronyms join the organisation they abbreviate, and
 * a name left undecided takes the type the same name has elsewhere in the text, else a type from
 * the words around it ("said" after it, "in" before it).
 */
final class Resolver {

    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "explained", "wrote", "writes", "argued", "insisted", "noted", "asked", "replied", "stated", "warned",
            "claimed", "announced", "admitted", "denied", "recalled", "acknowledged", "urged", "suggested",
            "confirmed", "thinks", "thought", "believes", "believed", "recalls", "explains", "notes", "smiled",
            "laughed", "shouted", "whispered", "nodded", "sighed", "died", "married", "was", "had", "did", "went");
    private static final Set<String> AGENT = Set.of("said", "says", "has", "have", "will", "would", "wants",
            "accused", "imposed", "demanded", "rejected", "is", "was", "warned", "insists", "insisted", "announced",
            "believes", "must", "should", "signalled", "signaled", "responded", "urged", "agreed");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "to", "into", "across",
            "throughout", "outside", "inside", "toward", "towards", "via", "around", "through", "visit",
            "visited", "visiting", "entered", "left", "leave", "reached");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final NameFinder finder;
    private final boolean singleUnknownAsPerson;

    Resolver(Lexicon lexicon, List<Token> tokens, NameFinder finder, boolean singleUnknownAsPerson) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.finder = finder;
        this.singleUnknownAsPerson = singleUnknownAsPerson;
    }

    /**
     * @param candidates the candidates in text order; those left without a type are dropped
     * @return the entities, each with its mentions, in order of first mention
     */
    List<Group> resolve(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            decideLocally(c);
        }
        List<Group> persons = personGroups(candidates);
        Map<String, Group> groups = new HashMap<>();
        List<Group> ordered = new ArrayList<>(persons);
        for (Group g : persons) {
            groups.put(key(g.type, g.canonical), g);
        }
        List<Group> organisations = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.group != null) {
                continue;
            }
            if ((c.type == null || c.type == EntityType.PERSON || c.known != null && c.known.ambiguous())
                    && c.length() <= 2 && joinPerson(c, persons)) {
                continue;
            }
            if ((c.type == null || c.type == EntityType.ORGANIZATION) && c.known == null && joinOrganisation(c, organisations)) {
                continue;
            }
            if (c.type == null) {
                decideFromContext(c, groups);
            }
            if (c.known != null && c.known.ambiguous() && c.type == EntityType.LOCATION) {
                ambiguousPlace(c);
            }
            if (c.type == null) {
                continue;
            }
            String canonical = c.known != null && c.type == c.known.type() ? c.known.canonical()
                    : "Washington".equals(c.surface) && c.type == EntityType.ORGANIZATION ? "United States government"
                    : c.surface;
            String key = key(c.type, canonical);
            Group g = groups.get(key);
            if (g == null) {
                g = new Group(c.type, canonical, c.known != null || !canonical.equals(c.surface));
                groups.put(key, g);
                ordered.add(g);
                if (c.type == EntityType.ORGANIZATION) {
                    organisations.add(g);
                }
            }
            g.add(c);
        }
        ordered.removeIf(g -> g.members.isEmpty());
        return ordered;
    }

    private void decideLocally(Candidate c) {
        if (c.known != null) {
            if (c.known.type() == null) {
                return;
            }
            if (c.known.kind() == Known.Kind.DEMONYM) {
                c.decide(c.known.type(), 0.5); // "Americans"
                return;
            }
            if (!c.known.ambiguous()) {
                c.decide(c.known.type(), 0.9);
                return;
            }
            if (c.personCue) {
                c.decide(EntityType.PERSON, 0.8);
                return;
            }
            c.decide(c.known.type(), 0.6);
            return;
        }
        if (c.personCue) {
            c.decide(EntityType.PERSON, c.roleAlone ? 0.5 : 0.85);
            return;
        }
        EntityType fromWords = finder.typeFromWords(c);
        if (fromWords != null) {
            c.decide(fromWords, fromWords == EntityType.LOCATION ? 0.75 : 0.8);
            return;
        }
        if (finder.isOrganisationWordAfterThe(c)) {
            c.decide(EntityType.ORGANIZATION, 0.6);
            return;
        }
        if (followedByPlace(c)) {
            c.decide(EntityType.LOCATION, 0.75);
        }
    }

    /** "Coffeyville, KS", "Tulsa, Oklahoma", "Lyon, France". */
    private boolean followedByPlace(Candidate c) {
        int k = c.to;
        if (k + 1 >= tokens.size() || !tokens.get(k).isPunct(',')) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (lexicon.stateAbbreviation(next.text) != null) {
            return true;
        }
        int phrase = next.isCapital() ? lexicon.longestPhrase(tokens, k + 1, tokens.size(), false) : 0;
        Known known = phrase > 0 ? lexicon.phrase(tokens, k + 1, k + 1 + phrase, false) : null;
        return known != null && (known.kind() == Known.Kind.STATE || known.kind() == Known.Kind.COUNTRY);
    }

    /** Multi-word person names, one group per person: "Kim Jong-un" and "Kim Jong Un" are one. */
    private List<Group> personGroups(List<Candidate> candidates) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type != EntityType.PERSON || Names.words(Names.key(c.surface)) < 2) {
                continue;
            }
            String key = Names.key(c.surface);
            Group g = byKey.get(key);
            if (g == null) {
                g = sameFirstAndLast(groups, key);
            }
            if (g == null) {
                g = new Group(EntityType.PERSON, c.surface, false);
                groups.add(g);
            }
            byKey.put(key, g);
            g.add(c);
        }
        return groups;
    }

    private static Group sameFirstAndLast(List<Group> groups, String key) {
        String[] words = key.split(" ");
        for (Group g : groups) {
            String[] other = Names.key(g.canonical).split(" ");
            if (other[0].equals(words[0]) && other[other.length - 1].equals(words[words.length - 1])) {
                return g;
            }
        }
        return null;
    }

    /** A name alone joins the nearest person (before it, else after it) whose first or last word it is. */
    private boolean joinPerson(Candidate c, List<Group> persons) {
        if (persons.isEmpty() || c.known != null && c.known.ambiguous() && placeCue(c)) {
            return false;
        }
        String key = Names.key(c.surface);
        Group before = null;
        Group after = null;
        int beforeAt = -1;
        int afterAt = Integer.MAX_VALUE;
        for (Group g : persons) {
            String[] words = Names.key(g.canonical).split(" ");
            boolean last = words[words.length - 1].equals(key);
            boolean first = words[0].equals(key);
            boolean lastTwo = words.length >= 3 && key.equals(words[words.length - 2] + " " + words[words.length - 1]);
            if (!last && !first && !lastTwo) {
                continue;
            }
            for (Candidate m : g.members) {
                if (m.from < c.from && m.from > beforeAt) {
                    before = g;
                    beforeAt = m.from;
                } else if (m.from > c.from && m.from < afterAt) {
                    after = g;
                    afterAt = m.from;
                }
            }
        }
        // a place name ("Jordan", "Washington") is that person only after the person was named
        Group g = before != null ? before : c.known != null ? null : after;
        if (g == null) {
            return false;
        }
        c.decide(EntityType.PERSON, Math.max(c.confidence, 0.8));
        g.add(c);
        return true;
    }

    /** An acronym of an organisation in the text, or its name without "Inc." and the like, joins it. */
    private boolean joinOrganisation(Candidate c, List<Group> organisations) {
        String key = Names.key(c.surface);
        for (Group g : organisations) {
            String name = Names.key(g.canonical);
            if (c.length() == 1 && tokens.get(c.from).shape == Token.Shape.UPPER && key.equals(initials(g.canonical))
                    || name.startsWith(key + " ") && lexicon.isOrgSuffix(g.canonical.substring(g.canonical.lastIndexOf(' ') + 1))
                            && Names.words(name) == Names.words(key) + 1) {
                c.decide(EntityType.ORGANIZATION, 0.8);
                g.add(c);
                return true;
            }
        }
        return false;
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split("[ -]")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                b.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return b.toString();
    }

    /** The same name decided elsewhere in the text, else the words around it. */
    private void decideFromContext(Candidate c, Map<String, Group> groups) {
        String key = Names.key(c.surface);
        for (EntityType type : new EntityType[] {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION}) {
            if (groups.containsKey(type.name() + "|" + key)) {
                c.decide(type, 0.7);
                return;
            }
        }
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        boolean speaks = next != null && next.shape == Token.Shape.LOWER && SPEECH.contains(next.text) || accordingTo(c);
        boolean acronym = c.length() == 1 && NameFinder.isAcronym(tokens.get(c.from));
        if (acronym) {
            if (speaks) {
                c.decide(EntityType.ORGANIZATION, 0.55);
            }
        } else if (speaks) {
            c.decide(EntityType.PERSON, 0.6);
        } else if (!finder.nameLike(c)) {
            return;
        } else if (finder.isFirstName(c)) {
            c.decide(EntityType.PERSON, 0.6);
        } else if (placeCue(c)) {
            c.decide(EntityType.LOCATION, 0.5);
        } else if (c.beforeRole) {
            c.decide(EntityType.ORGANIZATION, 0.5);
        } else if (c.length() >= 2 && c.length() <= 4) {
            c.decide(EntityType.PERSON, 0.55);
        } else if (c.length() == 1 && singleUnknownAsPerson) {
            c.decide(EntityType.PERSON, 0.4);
        }
    }

    /** "Washington said" is the US government; "Jordan" and "Georgia" stay places without a person of that name. */
    private void ambiguousPlace(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        if ("Washington".equals(c.surface) && next != null && next.shape == Token.Shape.LOWER
                && AGENT.contains(next.text) && !placeCue(c)) {
            c.decide(EntityType.ORGANIZATION, 0.6);
        }
    }

    private boolean placeCue(Candidate c) {
        return c.from > 0 && LOCATIVE.contains(tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT));
    }

    private boolean accordingTo(Candidate c) {
        return c.from > 1 && tokens.get(c.from - 1).is("to") && "according".equalsIgnoreCase(tokens.get(c.from - 2).text);
    }

    static String key(EntityType type, String canonical) {
        return type.name() + "|" + Names.key(canonical);
    }
}
