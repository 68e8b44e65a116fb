package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A frequent family name of the census list ({@code family-names.txt}) written alone ("with the help
 * of Hargrove", "Angry, Pruitt and a few men left", "that Williamson is right"): evidence that the
 * word names a person, for {@link CuedLoneNames}, which already leaves out words the text writes in
 * lower case, common words, gazetteer names, titles and words inside a longer capitalised run
 * ("Carnegie Hall"). A family name is evidence, not proof, so only where a name may stand: after
 * punctuation or a function word ("by", "with", "and", "that"), not after a determiner or another
 * lower-case word, where it is a thing named after someone ("the Hubble", "your Labrador", "the
 * annual Hargrove survey"); not after "in", "at", "on", "near" unless a possessive follows ("on
 * Broadway", but "at Pruitt's hall"); not opening a sentence (the capital says nothing there), not
 * after a quote mark, not in a list of titles with years ("…, Hargrove (2013)"), and not of three
 * letters or fewer (abbreviations: "Eng.").
 */
final class FamilyNameCue {

    /** Lower-case words before a thing rather than a person's name. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "your", "his", "her", "their", "our",
            "its", "this", "these", "those", "some", "any", "every", "each", "no", "another", "other");
    /** Prepositions of place: "on Broadway", "in Leeds"; but a possessive after the name is a person's ("at Pruitt's hall"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "near");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    FamilyNameCue(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** @return whether the token at {@code i} is a listed family name in a place that may name a person */
    boolean at(int i) {
        Token t = tokens.get(i);
        if (t.sentenceStart || t.text.length() < 4 || !lexicon.isFamilyName(t.text)) {
            return false;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (before != null && !nameMayFollow(before)) {
            return false;
        }
        if (before != null && PLACE_PREPOSITIONS.contains(before.text) && (next == null || next.shape != Token.Shape.POSSESSIVE)) {
            return false;
        }
        // "from Pruitt (1989)" cites an author; "…, Hargrove (2013), Dawnlight (2014)" lists films
        return !(next != null && next.isPunct('(') && i + 2 < tokens.size() && CitedAuthors.isYear(tokens.get(i + 2))
                && before != null && before.isPunct(','));
    }

    private static boolean nameMayFollow(Token before) {
        if (before.shape == Token.Shape.PUNCT) {
            return !(before.isPunct('"') || before.isPunct('\'') || before.isPunct('‘') || before.isPunct('“'));
        }
        String lower = before.text.toLowerCase(Locale.ROOT);
        return before.shape != Token.Shape.LOWER || NameWords.isFunctionWord(lower) && !DETERMINERS.contains(lower);
    }
}
