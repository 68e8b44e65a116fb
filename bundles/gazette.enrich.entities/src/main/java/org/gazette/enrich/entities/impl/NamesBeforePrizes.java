package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A prize, an award, a medal or a fellowship is no entity, but the name that opens it is a mention
 * of whom or what it is named after: "Nobel" in "the Nobel Peace Prize", "Pulitzer" in "a Pulitzer
 * Prize", "Fulbright" in "a Fulbright Fellowship" (persons), "BAFTA" in "the BAFTA Award" (an
 * acronym: the organisation that gives it), "Kyoto" in "the Kyoto Prize" (a gazetteer place). News
 * names laureates and winners this way often. One capitalised word, alone in its run (a word before
 * it is not capitalised), then at most one capitalised word, then the prize word; not a word the text
 * writes in lower case or a common word ("the Peace Prize", "a Lifetime Achievement Award"), not a
 * given name, not the names of awards that name no one ("Emmy", "Grammy", "Oscar", "Golden Globe").
 * Added where no mention is yet, after resolution ({@link AddedNames}).
 */
final class NamesBeforePrizes {

    /** Capitalised words of prizes named after someone or something. */
    private static final Set<String> PRIZES = Set.of("Prize", "Prizes", "Award", "Awards", "Medal", "Fellowship",
            "Scholarship", "Laureate");
    /**
     * Names of awards that are no name of a person, place or body, and the common nouns that name the
     * awards of entertainment news ("Teen Choice Awards", "Satellite Awards", "Critics' Choice").
     */
    private static final Set<String> NOT_NAMES = Set.of("Emmy", "Emmys", "Grammy", "Grammys", "Oscar", "Oscars",
            "Tony", "Tonys", "Golden", "Brit", "Juno", "Webby", "Nobel-winning", "Academy", "Annual", "National",
            "International", "Royal", "Special", "Honorary", "Young", "Lifetime", "Primetime", "Career", "Choice", "Teen", "Kids", "Critics", "Satellite", "Music", "Video");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Set<String> lowerInText;

    NamesBeforePrizes(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lowerInText = lowerInText;
    }

    void add(AddedNames added) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (!prizeAfter(k + 1) || !eligible(k) || !added.free(k, k + 1)) {
                continue;
            }
            Known known = lexicon.phrase(tokens, k, k + 1, false);
            String word = tokens.get(k).text;
            if (known != null && known.type() == EntityType.LOCATION) {
                added.add(k, k + 1, EntityType.LOCATION, known.canonical(), 0.55);
            } else if (known != null && known.type() == EntityType.ORGANIZATION) {
                added.add(k, k + 1, EntityType.ORGANIZATION, known.canonical(), 0.55);
            } else if (known == null && NameWords.isAcronym(tokens.get(k))) {
                added.add(k, k + 1, EntityType.ORGANIZATION, word, 0.5); // "the BAFTA Award"
            } else if (known == null && tokens.get(k).shape == Token.Shape.CAPITALISED) {
                added.add(k, k + 1, EntityType.PERSON, word, 0.5); // "the Nobel Peace Prize"
            }
        }
    }

    /** A prize word at {@code k}, or one capitalised word and a prize word: "Prize", "Peace Prize". */
    private boolean prizeAfter(int k) {
        if (isPrize(k)) {
            return true;
        }
        Token t = tokens.get(k);
        return t.shape == Token.Shape.CAPITALISED && !t.caseless && !NOT_NAMES.contains(t.text) && k + 1 < tokens.size()
                && isPrize(k + 1); // "the Nobel Peace Prize", not "a Primetime Emmy Award"
    }

    private boolean isPrize(int k) {
        Token t = tokens.get(k);
        return !t.caseless && PRIZES.contains(t.text);
    }

    private boolean eligible(int k) {
        Token t = tokens.get(k);
        Token before = tokens.get(k - 1);
        String w = t.text;
        String lower = w.toLowerCase(Locale.ROOT);
        return (t.shape == Token.Shape.CAPITALISED || t.shape == Token.Shape.UPPER && w.length() > 1) && !t.caseless
                && !t.sentenceStart && !before.isCapital() && !(before.end == t.start && before.isPunct('-'))
                && !NOT_NAMES.contains(w) && !lowerInText.contains(lower) && !lexicon.isCommonWord(lower)
                && !lexicon.isFirstName(w) && !lexicon.isHonorific(w) && !lexicon.isOrgSuffix(w)
                && lexicon.roleAt(tokens, k, k + 1) == 0 && w.chars().allMatch(Character::isLetter);
    }
}
