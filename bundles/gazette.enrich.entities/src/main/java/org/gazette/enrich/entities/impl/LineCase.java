package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * Marks the tokens of lines whose capitals say nothing about names: lines in capitals ("FIRE HITS
 * DOWNTOWN TULSA") and headlines in title case ("Kim Meets Trump In Singapore Summit"). Names are
 * found there only by matching names known from the rest of the text and the gazetteers.
 */
final class LineCase {

    private LineCase() {
    }

    static void mark(List<Token> tokens) {
        int lineFrom = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).lineStart) {
                if (isCaseless(tokens, lineFrom, i)) {
                    for (int k = lineFrom; k < i; k++) {
                        tokens.get(k).caseless = true;
                    }
                }
                lineFrom = i;
            }
        }
    }

    private static boolean isCaseless(List<Token> tokens, int from, int to) {
        int words = 0;
        int upper = 0;
        int capitalContent = 0;
        int lowerContent = 0;
        int capital = 0;
        boolean severalSentences = tokens.get(to - 1).isPunct('.');
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            if (t.shape == Token.Shape.UPPER && t.text.length() >= 2) {
                upper++;
            }
            if (t.isCapital()) {
                capital++;
            }
            if (t.text.length() >= 4) {
                if (t.shape == Token.Shape.LOWER) {
                    lowerContent++;
                } else if (t.isCapital()) {
                    capitalContent++;
                }
            }
            if (k > from && t.sentenceStart && !tokens.get(k - 1).isWord()
                    && tokens.get(k - 1).isPunct('.')) {
                severalSentences = true; // running text, not a headline
            }
        }
        return words >= 3 && upper * 10 >= words * 7 || !severalSentences && capitalContent >= 3 && lowerContent == 0
                && capital * 100 >= words * 85;
    }
}
