package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * An office held in an organisation names the organisation too: "the National Space Council" in
 * "Chair of the National Space Council", "the World Health Organization" in "Director-General of
 * the World Health Organization". The organisation is added as a mention nested in the person's
 * span (like {@link NestedPlaces}) when the capitalised run after "of" ends the span and is a
 * gazetteer organisation or holds an organisation word ("Council", "Society", "Committee");
 * "Professor of Linguistics" or "Governor of Virginia" name none.
 */
final class NestedOrganisations {

    /** Small words allowed inside the organisation's name ("Society for the Study of Myth"). */
    private static final Set<String> INNER = Set.of("of", "for", "the", "and", "&", "on", "in");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    NestedOrganisations(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (Group g : List.copyOf(added.groups())) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (c.caseless || c.to - c.spanFrom < 3) {
                    continue;
                }
                int of = firstOf(c);
                if (of < 0) {
                    continue;
                }
                int from = tokens.get(of + 1).text.equalsIgnoreCase("the") ? of + 2 : of + 1;
                if (from < c.to && tokens.get(from).isCapital() && tokens.get(c.to - 1).isCapital() && namesOrganisation(from, c.to)) {
                    Known known = lexicon.phrase(tokens, from, c.to, false);
                    String canonical = known != null && known.type() == EntityType.ORGANIZATION ? known.canonical()
                            : added.surface(from, c.to);
                    added.addNested(from, c.to, EntityType.ORGANIZATION, canonical, 0.5);
                }
            }
        }
    }

    /** @return the first "of" inside the span after its first word, or -1 */
    private int firstOf(Candidate c) {
        for (int k = c.spanFrom + 1; k < c.to - 1; k++) {
            if (tokens.get(k).is("of")) {
                return k;
            }
        }
        return -1;
    }

    /** A run of capitalised words and small words that is a known organisation or holds an organisation word. */
    private boolean namesOrganisation(int from, int to) {
        Known known = lexicon.phrase(tokens, from, to, false);
        if (known != null) {
            return known.type() == EntityType.ORGANIZATION;
        }
        boolean orgWord = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isCapital() && !INNER.contains(t.text)) {
                return false;
            }
            orgWord |= t.isCapital() && (lexicon.isOrgSuffix(t.text) || lexicon.isOrgHead(t.text));
        }
        return orgWord;
    }
}
