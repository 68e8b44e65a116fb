package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.gazette.api.model.EntityType;

/**
 * An organisation called by an unknown capitalised word and an institution word names the place it
 * stands in; the place is added as a mention nested in the organisation's span (like
 * {@link NestedPlaces}, which nests gazetteer places such as "Ohio" in "Ohio State" or "Leeds" in
 * "Leeds University"). The word must not be a common word, a given name or a gazetteer phrase, and
 * the name must be nothing more than:
 * <ul>
 * <li>the word, "State" and at most "University": "Penn" in "Penn State" and "Penn State University",
 * "Wayne" in "Wayne State University"; not "Free State" (a common word) or "Penn State Wiki". The
 * place is one the text names in full when the word starts its one-word gazetteer name ("Penn" is
 * "Pennsylvania" in a text that names Pennsylvania), else a place of that word;</li>
 * <li>the word and "University", "College", "School" or "High School": "Marrow" in "Marrow
 * University", "Tarnvik High School"; not a religious dedication ("Trinity College"), nor a word of
 * two letters.</li>
 * </ul>
 */
final class TownsInInstitutionNames {

    /** Institutions usually named after their town (not "Hospital" or "Library", often named after founders). */
    private static final Set<String> INSTITUTIONS = Set.of("University", "College", "School");

    /** Religious dedications that name colleges and schools, not towns ("Trinity College"). */
    private static final Set<String> DEDICATIONS = Set.of("Trinity", "Christ", "Jesus", "Emmanuel", "Magdalen",
            "Magdalene", "Holy", "Sacred", "Calvary", "Providence", "Concordia");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    TownsInInstitutionNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        nest(added, this::universityState, c -> placeNamed(added.groups(), tokens.get(c.from).text));
        nest(added, this::townBeforeInstitution, c -> tokens.get(c.from).text);
    }

    /** Nests a place of the given name at the first word of every organisation mention the test accepts. */
    private static void nest(AddedNames added, Predicate<Candidate> accepted, Function<Candidate, String> place) {
        for (Group g : List.copyOf(added.groups())) {
            if (g.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (accepted.test(c)) {
                    added.addNested(c.from, c.from + 1, EntityType.LOCATION, place.apply(c), 0.5);
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
        return !c.caseless && length >= 2 && length <= 3 && tokens.get(c.from + 1).is("State")
                && (length == 2 || tokens.get(c.from + 2).is("University")) && unknownWord(c.from);
    }

    private boolean townBeforeInstitution(Candidate c) {
        int length = c.to - c.from;
        if (c.caseless || length < 2 || length > 3) {
            return false;
        }
        boolean institution = length == 2 ? INSTITUTIONS.contains(tokens.get(c.from + 1).text)
                : tokens.get(c.from + 1).is("High") && tokens.get(c.from + 2).is("School");
        String word = tokens.get(c.from).text;
        return institution && word.length() > 2 && !DEDICATIONS.contains(word) && unknownWord(c.from);
    }

    /** @return whether the capitalised word at {@code i} is no common word, gazetteer phrase or given name */
    private boolean unknownWord(int i) {
        Token first = tokens.get(i);
        return first.shape == Token.Shape.CAPITALISED && !lexicon.isCommonWord(first.text.toLowerCase(Locale.ROOT))
                && lexicon.longestPhrase(tokens, i, i + 1, false) == 0 && !lexicon.isFirstName(first.text);
    }
}
