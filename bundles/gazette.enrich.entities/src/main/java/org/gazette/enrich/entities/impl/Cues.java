package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * What the words around a candidate name say about it: a verb of saying or acting after it, a
 * locative or "the" before it, list words, a particle inside it, a state or country after a comma.
 * The {@link Resolver} weighs these cues; this class only reads the tokens.
 */
final class Cues {

    static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "explained", "wrote", "writes", "argued", "insisted", "noted", "asked", "replied", "stated", "warned",
            "claimed", "announced", "admitted", "denied", "recalled", "acknowledged", "urged", "suggested",
            "confirmed", "thinks", "thought", "believes", "believed", "recalls", "explains", "notes", "smiled",
            "laughed", "shouted", "whispered", "nodded", "sighed", "died", "married", "was", "had", "did", "went");
    static final Set<String> AGENT = Set.of("said", "says", "has", "have", "will", "would", "wants",
            "accused", "imposed", "demanded", "rejected", "is", "was", "warned", "insists", "insisted", "announced",
            "believes", "must", "should", "signalled", "signaled", "responded", "urged", "agreed");
    /**
     * Verbs that make a country or capital before them its government ("Russia said", "Beijing
     * imposed"): only verbs of saying and acting, not "is" or "has" ("France is a country").
     */
    static final Set<String> GOVERNMENT_ACTS = Set.of("said", "says", "announced", "accused", "imposed",
            "demanded", "rejected", "warned", "insists", "insisted", "signalled", "signaled", "responded", "urged",
            "agreed", "wants", "denied", "condemned", "threatened", "vowed", "pledged", "refused", "retaliated",
            "blamed", "ordered", "expelled", "protested", "welcomed", "criticized", "criticised", "declared",
            "proposed", "sought", "seeks", "recognized", "recognised", "sanctioned", "negotiated", "signed",
            "ratified", "vetoed", "voted", "backed", "opposed", "objected", "summoned", "recalled", "invaded",
            "annexed", "declined", "promised", "argued", "claimed", "stated", "told", "asked", "apologized",
            "apologised", "boycotted", "banned", "approved", "hopes", "plans", "intends", "refuses", "launched",
            "attacked", "deployed", "issued", "suspended", "halted", "dismissed", "unveiled", "pledges", "vows");
    /** Words before a name that take people rather than places or things ("by Brock Holt", "with Ann Lee"). */
    static final Set<String> PERSON_BEFORE = Set.of("named", "meet", "met",
            "thanked", "interviewed", "married", "congratulate", "congratulated");
    static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "to", "into", "across",
            "throughout", "outside", "inside", "toward", "towards", "via", "around", "through", "visit",
            "visited", "visiting", "entered", "left", "leave", "reached");
    /** Verbs of {@link #SPEECH} that places and things do too ("Paris was", "the plan had"). */
    static final Set<String> WEAK_SPEECH = Set.of("was", "had", "did", "went");
    /** Locatives that also take people ("wrote to", "a letter from", "went through"): weak evidence of a place. */
    static final Set<String> WEAK_LOCATIVE = Set.of("from", "to", "into", "toward", "towards", "via", "around",
            "through", "left", "leave");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    Cues(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    boolean hasOf(Candidate c) {
        for (int k = c.from + 1; k < c.to; k++) {
            if (tokens.get(k).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** "Coffeyville, KS", "Tulsa, Oklahoma", "Lyon, France". */
    boolean followedByPlace(Candidate c) {
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

    /** "Washington said" is the US government; "Jordan" and "Georgia" stay places without a person of that name. */
    void ambiguousPlace(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        if ("Washington".equals(c.surface) && next != null && next.shape == Token.Shape.LOWER
                && AGENT.contains(next.text) && !placeCue(c)) {
            c.decide(EntityType.ORGANIZATION, 0.6);
        }
    }

    /** A country or a country's capital, not after a locative or "the", before a verb of saying or acting. */
    boolean actsAsGovernment(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        return governmentPlace(c) && next != null && next.shape == Token.Shape.LOWER && GOVERNMENT_ACTS.contains(next.text)
                && !placeCue(c) && !afterThe(c) && !(c.from > 0 && tokens.get(c.from - 1).is("of"));
    }

    boolean governmentPlace(Candidate c) {
        return c.known != null && c.known.type() == EntityType.LOCATION && (c.known.kind() == Known.Kind.COUNTRY
                || c.known.kind() == Known.Kind.CITY && lexicon.isNationalCapital(c.known.canonical()));
    }

    boolean placeCue(Candidate c) {
        return c.from > 0 && LOCATIVE.contains(tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT));
    }

    /** "Rogier van der Weyden", "Osama bin Laden": a lower-case name particle inside the run. */
    boolean hasParticle(Candidate c) {
        for (int k = c.from + 1; k < c.to - 1; k++) {
            if (tokens.get(k).shape == Token.Shape.LOWER) {
                return NameFinder.isParticle(tokens.get(k).text);
            }
        }
        return false;
    }

    /** "Visiting Russia", "Learning Objectives", "Wrecking Ball": a verb form, not a given name. */
    boolean startsWithGerund(Candidate c) {
        String first = tokens.get(c.from).text;
        return first.length() >= 6 && first.endsWith("ing") && !lexicon.isFirstName(first);
    }

    static boolean isListWord(Token t) {
        return t.isPunct(',') || t.is("and") || t.is("or") || t.isPunct('&');
    }

    boolean afterThe(Candidate c) {
        return c.from > 0 && tokens.get(c.from - 1).text.equalsIgnoreCase("the");
    }

    boolean accordingTo(Candidate c) {
        return c.from > 1 && tokens.get(c.from - 1).is("to") && "according".equalsIgnoreCase(tokens.get(c.from - 2).text);
    }
}
