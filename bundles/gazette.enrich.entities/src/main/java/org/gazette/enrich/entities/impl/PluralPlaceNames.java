package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * An unknown capitalised plural after "the" that a word of place or motion puts a place before
 * ("flying to the Chathams", "people from the Visayas", "a house in the Azores") names islands,
 * mountains or a region: it is a place, and so is every other "the" and that word in the text
 * ("The plane is based in the Chathams … the Chathams are windy"). Not a word the gazetteer knows
 * (a demonym: "to the Americans"), the plural of a title ("from the Tsars"), an organisation or place word ("in the Islands"), a common word
 * or a word also written in lower case, a word opening a sentence, nor one before another
 * capitalised word ("the Rockies Museum" is left to the name rules). Only where nothing else was tagged.
 */
final class PluralPlaceNames {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Set<String> lowerInText;

    PluralPlaceNames(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lowerInText = lowerInText;
    }

    void add(AddedNames added) {
        List<Integer> plurals = new ArrayList<>();
        Set<String> cued = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (pluralAfterThe(i) && added.free(i, i + 1)) {
                plurals.add(i);
                if (i >= 2 && Cues.LOCATIVE.contains(tokens.get(i - 2).text.toLowerCase(Locale.ROOT))) {
                    cued.add(tokens.get(i).text);
                }
            }
        }
        for (int i : plurals) {
            String word = tokens.get(i).text;
            if (cued.contains(word)) {
                added.add(i, i + 1, EntityType.LOCATION, word, 0.5);
            }
        }
    }

    private boolean pluralAfterThe(int i) {
        Token t = tokens.get(i);
        String text = t.text;
        if (t.shape != Token.Shape.CAPITALISED || t.caseless || t.sentenceStart || text.length() < 5
                || !text.endsWith("s") || text.endsWith("ss") || !tokens.get(i - 1).text.equalsIgnoreCase("the")) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lexicon.isCommonWord(lower) || lowerInText.contains(lower) || lexicon.isOrgSuffix(text) || lexicon.isOrgHead(text)
                || lexicon.isPlaceSuffix(text) || lexicon.isPlaceHead(text) || lexicon.longestPhrase(tokens, i, i + 1, false) > 0
                || lexicon.isRole(text.substring(0, text.length() - 1))) {
            return false;
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.isCapital() && !next.sentenceStart || next.start == t.end && next.isPunct('-')) {
                return false;
            }
        }
        return true;
    }
}
