package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

import org.gazette.api.model.EntityType;

/**
 * A university called by a place name and "State" names the place: "Penn" in "Penn State" and
 * "Penn State University", "Wayne" in "Wayne State University". The place is added as a mention
 * nested in the organisation's span (like {@link NestedPlaces}, which already nests a gazetteer
 * place such as "Ohio" in "Ohio State"), when the first word of the organisation is a capitalised
 * word the gazetteer does not know, not a common word, before "State" and nothing but "University"
 * or the end of the name; not "Free State" (a common word) or "Penn State Wiki". The
 * place is one the text names in full when the word starts its one-word gazetteer name ("Penn" is
 * "Pennsylvania" in a text that names Pennsylvania), else a place of that word.
 */
final class UniversityStatePlaces {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    UniversityStatePlaces(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (Group g : List.copyOf(added.groups())) {
            if (g.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (universityState(c)) {
                    Token first = tokens.get(c.from);
                    added.addNested(c.from, c.from + 1, EntityType.LOCATION, placeNamed(added.groups(), first.text), 0.5);
                }
            }
        }
    }

    /** @return the name of a gazetteer place in the text that the word shortens ("Pennsylvania" for "Penn"), else the word */
    private static String placeNamed(List<Group> groups, String word) {
        for (Group g : groups) {
            if (g.type == EntityType.LOCATION && g.fromGazetteer && g.canonical.startsWith(word) && g.canonical.indexOf(' ') < 0) {
                return g.canonical;
            }
        }
        return word;
    }

    private boolean universityState(Candidate c) {
        int length = c.to - c.from;
        if (c.caseless || length < 2 || length > 3 || !tokens.get(c.from + 1).is("State")
                || length == 3 && !tokens.get(c.from + 2).is("University")) {
            return false;
        }
        Token first = tokens.get(c.from);
        return first.shape == Token.Shape.CAPITALISED && !lexicon.isCommonWord(first.text.toLowerCase(Locale.ROOT))
                && lexicon.longestPhrase(tokens, c.from, c.from + 1, false) == 0 && !lexicon.isFirstName(first.text);
    }
}
