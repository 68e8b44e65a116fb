package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A nationality adjective that is also the name of its people, after "the" and with no noun after
 * it, names that people ("the French then moved", "defeated the French in 1862", "the British had",
 * "the Japanese occupied"): a group of persons named by the adjective. Only adjectives that have no
 * plural of their own ("French", "British", "Spanish", "Japanese", "Dutch", "Swiss": ending in "sh",
 * "ch", "ese" or "ss"); "the French government", "the English language" and "the French and Indian
 * War" are none.
 */
final class PeopleByAdjective {

    /** Words that may follow the people but not an adjective before its noun. */
    private static final Set<String> AFTER = Set.of("in", "at", "on", "of", "to", "for", "from", "with", "by", "who",
            "were", "was", "had", "have", "did", "would", "could", "should", "will", "might", "then", "also", "still",
            "never", "soon", "later", "themselves", "are", "found", "took", "made", "came", "went", "began", "built",
            "fought", "brought", "sent", "gave", "left", "held", "lost", "won", "saw", "knew", "thought", "became", "ran",
            "sold", "kept", "led", "drove", "fled", "got", "set", "put", "withdrew", "retreat", "arrived");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PeopleByAdjective(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.shape != Token.Shape.CAPITALISED || t.caseless || !tokens.get(i - 1).text.equalsIgnoreCase("the")
                    || !peopleAdjective(i) || !noNounAfter(i + 1) || !added.free(i, i + 1)) {
                continue;
            }
            added.add(i, i + 1, EntityType.PERSON, t.text, 0.5);
        }
    }

    private boolean peopleAdjective(int i) {
        String w = tokens.get(i).text;
        if (!(w.endsWith("sh") || w.endsWith("ch") || w.endsWith("ese") || w.endsWith("ss"))) {
            return false;
        }
        Known known = lexicon.phrase(tokens, i, i + 1, false);
        return known != null && known.kind() == Known.Kind.DEMONYM && known.type() == null;
    }

    private boolean noNounAfter(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k);
        if (next.shape == Token.Shape.POSSESSIVE) {
            return true;
        }
        if (next.shape == Token.Shape.PUNCT) {
            return !next.isPunct('-') && !next.isPunct('"') && !next.isPunct('“') && !next.isPunct('\'');
        }
        if (next.shape != Token.Shape.LOWER) {
            return false;
        }
        if (next.is("and") || next.is("or")) {
            return k + 1 < tokens.size() && tokens.get(k + 1).shape == Token.Shape.LOWER;
        }
        return AFTER.contains(next.text) || next.text.endsWith("ed") && next.text.length() > 4;
    }
}
