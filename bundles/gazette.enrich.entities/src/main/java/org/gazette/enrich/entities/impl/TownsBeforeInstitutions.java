package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A university, college or school called by one unknown capitalised word and its institution word
 * names the town it stands in: "Marrow" in "Marrow University", "Tarnvik College", "Tarnvik High
 * School". The town is added as a mention nested in the organisation's span (like
 * {@link NestedPlaces}, which nests gazetteer places such as "Leeds" in "Leeds University"), when the
 * word is not a common word, a given name, a religious dedication ("Trinity College") or a gazetteer phrase, and the name is nothing more.
 */
final class TownsBeforeInstitutions {

    /** Institutions usually named after their town (not "Hospital" or "Library", often named after founders). */
    private static final Set<String> INSTITUTIONS = Set.of("University", "College", "School");

    /** Religious dedications that name colleges and schools, not towns ("Trinity College"). */
    private static final Set<String> DEDICATIONS = Set.of("Trinity", "Christ", "Jesus", "Emmanuel", "Magdalen",
            "Magdalene", "Holy", "Sacred", "Calvary", "Providence", "Concordia");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    TownsBeforeInstitutions(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (Group g : List.copyOf(added.groups())) {
            if (g.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (townBeforeInstitution(c)) {
                    added.addNested(c.from, c.from + 1, EntityType.LOCATION, tokens.get(c.from).text, 0.5);
                }
            }
        }
    }

    private boolean townBeforeInstitution(Candidate c) {
        int length = c.to - c.from;
        if (c.caseless || length < 2 || length > 3) {
            return false;
        }
        boolean institution = length == 2 ? INSTITUTIONS.contains(tokens.get(c.from + 1).text)
                : tokens.get(c.from + 1).is("High") && tokens.get(c.from + 2).is("School");
        Token first = tokens.get(c.from);
        return institution && first.shape == Token.Shape.CAPITALISED && first.text.length() > 2 && !DEDICATIONS.contains(first.text)
                && !lexicon.isCommonWord(first.text.toLowerCase(Locale.ROOT))
                && lexicon.longestPhrase(tokens, c.from, c.from + 1, false) == 0 && !lexicon.isFirstName(first.text);
    }
}
