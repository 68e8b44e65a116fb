package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A capitalised title or office standing alone after a person's name and a verb of being names
 * that person: "Ann Lee is Professor of Botany", also with a bracket between ("Ann Lee (1922 - 2013)
 * was Professor of Botany"), "Ann Lee is now the 49th Governor of Velmora", "Lee
 * served as President of the Society in 1991", "Ann Lee, who was Chair of the Council,". Not a title
 * with an honorific ("Mr. President") or before a possessive ("Lee was the President's aide"), and
 * only with a few words between the verb and the title: "now", "also", "the", an ordinal.
 */
final class CopularOffices {

    private static final Set<String> VERBS = Set.of("is", "was", "became", "becomes", "remains", "remained");
    /** Verbs that take "as": "served as", "serves as", "acted as". */
    private static final Set<String> VERBS_AS = Set.of("served", "serves", "acted", "acts");
    private static final Set<String> BETWEEN = Set.of("now", "also", "still", "then", "later", "the", "a", "an", "first",
            "former", "current", "new", "acting", "interim", "founding", "sitting");
    private static final int MAX_BETWEEN = 3;

    private final Lexicon lexicon;
    private final List<Token> tokens;

    CopularOffices(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * Moves each such title to the group of the person it is said of.
     *
     * @param byLast candidates by their last token
     */
    void join(List<Group> groups, Map<Integer, Candidate> byLast) {
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (!c.roleAlone || lexicon.isHonorific(tokens.get(c.spanFrom).text)
                        || c.to < tokens.size() && tokens.get(c.to).shape == Token.Shape.POSSESSIVE) {
                    continue;
                }
                int verb = verbBefore(c.spanFrom);
                Candidate subject = verb < 1 ? null : subject(verb, byLast);
                if (subject != null && subject.group != g) {
                    g.members.remove(c);
                    subject.group.add(c);
                }
            }
        }
    }

    /** @return the first token of the verb ("is", "served as") before the title, over at most three words, or -1 */
    private int verbBefore(int title) {
        for (int k = title - 1; k >= 0 && k >= title - 1 - MAX_BETWEEN; k--) {
            Token t = tokens.get(k);
            String word = t.text.toLowerCase(Locale.ROOT);
            if (t.shape == Token.Shape.LOWER && VERBS.contains(word)) {
                return k;
            }
            if (t.is("as") && k >= 1 && VERBS_AS.contains(tokens.get(k - 1).text)) {
                return k - 1;
            }
            boolean filler = t.shape == Token.Shape.LOWER && BETWEEN.contains(word)
                    || t.shape == Token.Shape.NUMBER && word.matches("\\d+(st|nd|rd|th)"); // "the 49th"
            if (!filler) {
                return -1;
            }
        }
        return -1;
    }

    /** @return the candidate ending right before a bracketed part of at most twelve tokens that ends at {@code close}, or {@code null} */
    private Candidate beforeBrackets(int close, Map<Integer, Candidate> byLast) {
        if (close < 2 || !tokens.get(close).isPunct(')')) {
            return null;
        }
        for (int k = close - 1; k >= 1 && k >= close - 12; k--) {
            if (tokens.get(k).isPunct('(')) {
                return byLast.get(k - 1);
            }
            if (tokens.get(k).isPunct(')')) {
                return null;
            }
        }
        return null;
    }

    /** @return the named person just before the verb, or before ", who" there; or {@code null} */
    private Candidate subject(int verb, Map<Integer, Candidate> byLast) {
        Candidate before = byLast.get(verb - 1);
        if (before == null) {
            before = beforeBrackets(verb - 1, byLast); // "Ann Lee (1922 - 2013) was Professor of Botany"
        }
        if (before == null && verb >= 3 && tokens.get(verb - 1).is("who") && tokens.get(verb - 2).isPunct(',')) {
            before = byLast.get(verb - 3);
        }
        return before != null && before.type == EntityType.PERSON && !before.roleAlone && before.group != null ? before : null;
    }
}
