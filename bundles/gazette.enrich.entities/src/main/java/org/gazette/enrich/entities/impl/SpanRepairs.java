package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazette.api.model.EntityType;

/**
 * Corrections of candidate spans the resolver makes before it types and groups them, where the
 * words around a run tell what it names:
 * <ul>
 * <li>two authors cited together are two persons: "Okonkwo &amp; Lindqvist, 2015", "(Ferrow &amp;
 * Maddox 2014)", "Quill &amp; Dunmore (2011)", two capitalised words joined by "&amp;" before a
 * year, or before a numbered reference or a possessive study ({@link AuthorPairsBeforeReferences}); without
 * them the run stays one name ("Marks &amp; Spencer");</li>
 * <li>a title before a place word alone or before an organisation word names that place or
 * organisation, not a person: "Sultan Mosque", "Emir Mosque", "King Edward College" are two places and
 * a body, named with the title ("Judge Ann Park" stays a person: "Park" is a surname too);</li>
 * <li>a number right after an unknown name belongs to it: "Terminal 2" and "Terminal 3", "Apollo 11",
 * "Zone 4B" are different entities, and "US 61" is a highway, not the country (not a year:
 * "Paris 2024" stays "Paris").</li>
 * </ul>
 */
final class SpanRepairs {

    /** A short number that identifies: "2", "11", "12-3", "4B"; not a year. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}[A-Za-z]?(-[0-9A-Za-z]{1,3})?");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final AuthorPairsBeforeReferences referencedPairs;

    SpanRepairs(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.referencedPairs = new AuthorPairsBeforeReferences(tokens);
    }

    /** @return the candidates, repaired (the list given when nothing changed) */
    List<Candidate> repair(List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            List<Candidate> replaced = isCitedPair(c) ? List.of(author(c.from), author(c.from + 2))
                    : isTitledPlace(c) ? List.of(span(c.spanFrom, c.to))
                    : isNumbered(c) ? List.of(numbered(c))
                    : null;
            if (replaced != null && out == null) {
                out = new ArrayList<>(candidates.subList(0, k));
            }
            if (out != null) {
                out.addAll(replaced != null ? replaced : List.of(c));
            }
        }
        return out == null ? candidates : out;
    }

    private boolean isCitedPair(Candidate c) {
        return c.known == null && c.length() == 3 && tokens.get(c.from + 1).isPunct('&')
                && tokens.get(c.from).shape == Token.Shape.CAPITALISED && tokens.get(c.from + 2).shape == Token.Shape.CAPITALISED
                && (yearAt(c.to) || referencedPairs.citedAt(c.from, c.to));
    }

    /** "2010", ", 2010", "(2010". */
    private boolean yearAt(int k) {
        int at = k < tokens.size() && (tokens.get(k).isPunct(',') || tokens.get(k).isPunct('(')) ? k + 1 : k;
        if (at >= tokens.size()) {
            return false;
        }
        return CitedAuthors.isYear(tokens.get(at));
    }

    private boolean isTitledPlace(Candidate c) {
        Token last = tokens.get(c.to - 1);
        return c.personCue && !c.roleAlone && c.known == null && c.spanFrom < c.from && last.shape == Token.Shape.CAPITALISED
                && (lexicon.isOrgSuffix(last.text) || c.length() == 1 && lexicon.isPlaceSuffix(last.text));
    }

    private boolean isNumbered(Candidate c) {
        if (c.personCue || c.roleAlone || c.to >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(c.to);
        Token last = tokens.get(c.to - 1);
        boolean road = c.known != null && c.length() == 1 && last.shape == Token.Shape.UPPER
                && c.known.type() == EntityType.LOCATION; // "US 61", a highway, is not the country
        return (c.known == null && last.shape == Token.Shape.CAPITALISED || road) && next.shape == Token.Shape.NUMBER
                && !next.lineStart && NUMBER.matcher(next.text).matches() && !ScoresAfterNames.isScore(next)
                && !lexicon.isFirstName(tokens.get(c.from).text)
                && (c.to + 1 >= tokens.size() || !tokens.get(c.to + 1).isPunct('%'));
    }

    private Candidate numbered(Candidate c) {
        Candidate n = span(c.spanFrom, c.to + 1);
        if (c.known != null) {
            n.decide(c.known.type(), 0.6);
        }
        return n;
    }

    private Candidate author(int token) {
        Candidate c = new Candidate(token, token + 1, tokens.get(token).text, null);
        c.decide(EntityType.PERSON, 0.6);
        c.personCue = true; // a cited author speaks for the same name elsewhere (ContextVotes)
        return c;
    }

    private Candidate span(int from, int to) {
        return new Candidate(from, to, Token.surface(tokens, from, to), null);
    }
}
