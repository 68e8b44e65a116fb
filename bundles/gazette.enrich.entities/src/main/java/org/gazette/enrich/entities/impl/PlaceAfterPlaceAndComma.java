package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * The word after a place and a comma that ends the phrase is the larger place it lies in: "Devon"
 * in "born in Exeter, Devon.", "Tarnby" in "a school near Quarrow, Tarnby, opened": a capitalised
 * word alone after "in", "at", "near" or "from", a place mention and a comma, followed by a full
 * stop, comma, semicolon, bracket or the end of the line. A guess of the name rules gives way ("Devon"
 * is a given name; {@link AddedNames#release}); a gazetteer name, a state's abbreviation (typed and
 * named by {@link StatesAfterPlaces}: "Calif." in "lives in Fresno, Calif." is California) or a word
 * followed by a verb ("in Paris, Anna said") is left alone.
 */
final class PlaceAfterPlaceAndComma {

    private static final Set<String> BEFORE_PLACE = Set.of("in", "at", "near", "from");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlaceAfterPlaceAndComma(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        int n = tokens.size();
        boolean[] cuedPlaceEndsAt = new boolean[n];
        for (Group g : added.groups()) {
            if (g.type == EntityType.LOCATION) {
                for (Candidate c : g.members) {
                    int from = Math.min(c.from, c.spanFrom);
                    if (from > 0 && BEFORE_PLACE.contains(tokens.get(from - 1).text.toLowerCase(Locale.ROOT))) {
                        cuedPlaceEndsAt[c.to - 1] = true;
                    }
                }
            }
        }
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (cuedPlaceEndsAt[i - 2] && tokens.get(i - 1).isPunct(',') && t.shape == Token.Shape.CAPITALISED && !t.caseless
                    && !t.sentenceStart && t.text.length() >= 3 && endsPhrase(i + 1)
                    && lexicon.longestPhrase(tokens, i, i + 1, false) == 0 && lexicon.stateAbbreviation(t.text) == null
                    && added.release(i, i + 1)) { // "Calif." is left to StatesAfterPlaces
                added.add(i, i + 1, EntityType.LOCATION, t.text, 0.5);
            }
        }
    }

    /** @return whether the token at {@code k} ends the phrase: the end, a line break, ".", ",", ";", ")", "[" */
    private boolean endsPhrase(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k);
        return next.lineStart || next.isPunct('.') || next.isPunct(',') || next.isPunct(';') || next.isPunct(')') || next.isPunct('[');
    }
}
