package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gazette.api.model.EntityType;

/**
 * An unknown capitalised word joined by "and" to a place is a place too ("Antigua and Barbuda",
 * "Edgewater and Velmora docks", "Velmora and Antigua"): the word right after "and" behind a place
 * mention, or right before "and" ahead of one. Not a common word, a given name, an organisation or
 * place word, a word opening a sentence or written without case, nor one inside a longer
 * capitalised run ("Antigua and Barbuda Airways" is left to the name rules). Only where nothing
 * else was tagged.
 */
final class PlacesJoinedByAnd {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlacesJoinedByAnd(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        int n = tokens.size();
        EntityType[] typeEndingAt = new EntityType[n];
        int[] startOfEndingAt = new int[n];
        EntityType[] typeStartingAt = new EntityType[n];
        int[] endOfStartingAt = new int[n];
        for (Group g : added.groups()) {
            for (Candidate c : g.members) {
                typeEndingAt[c.to - 1] = g.type;
                startOfEndingAt[c.to - 1] = c.spanFrom;
                typeStartingAt[c.spanFrom] = g.type;
                endOfStartingAt[c.spanFrom] = c.to;
            }
        }
        for (int i = 1; i + 1 < n; i++) {
            if (!tokens.get(i).text.equals("and")) {
                continue;
            }
            List<Integer> lone = new ArrayList<>();
            boolean place = false;
            boolean other = false;
            int p = tokens.get(i - 1).isPunct(',') ? i - 2 : i - 1;
            while (p >= 0) { // the items before "and", separated by commas
                int from;
                if (typeEndingAt[p] != null) {
                    place |= typeEndingAt[p] == EntityType.LOCATION;
                    other |= typeEndingAt[p] != EntityType.LOCATION;
                    from = startOfEndingAt[p];
                } else if (lone(p)) {
                    lone.add(p);
                    from = p;
                } else {
                    break;
                }
                if (from < 2 || !tokens.get(from - 1).isPunct(',')) {
                    break;
                }
                p = from - 2;
            }
            if (typeStartingAt[i + 1] != null) {
                place |= typeStartingAt[i + 1] == EntityType.LOCATION;
                other |= typeStartingAt[i + 1] != EntityType.LOCATION;
            } else if (lone(i + 1)) {
                lone.add(i + 1);
            }
            if (place && !other) {
                for (int k : lone) {
                    added.add(k, k + 1, EntityType.LOCATION, tokens.get(k).text, 0.5);
                }
            }
        }
    }

    private boolean lone(int i) {
        return unknownLoneWord(lexicon, tokens, i);
    }

    /**
     * @return whether the token at i is an unknown capitalised word standing alone: no common word,
     *         given name, organisation or place word, role or gazetteer name, not opening a sentence
     *         and not inside a longer capitalised run
     */
    static boolean unknownLoneWord(Lexicon lexicon, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.shape != Token.Shape.CAPITALISED || t.caseless || t.sentenceStart || t.text.length() < 3) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).isCapital() && !tokens.get(i - 1).text.equals("and")) {
            return false;
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.isCapital() && !next.sentenceStart && !next.text.equals("and") || next.start == t.end && (next.isPunct('-') || next.isPunct('\''))) {
                return false;
            }
        }
        String text = t.text;
        return !lexicon.isCommonWord(text.toLowerCase(Locale.ROOT)) && !lexicon.isFirstName(text) && !lexicon.isOrgSuffix(text)
                && !lexicon.isOrgHead(text) && !lexicon.isPlaceSuffix(text) && !lexicon.isPlaceHead(text) && !lexicon.isRole(text)
                && lexicon.longestPhrase(tokens, i, i + 1, false) == 0;
    }
}
