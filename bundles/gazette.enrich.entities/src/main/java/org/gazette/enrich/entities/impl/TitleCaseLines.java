package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks as caseless the headings and instructions written in title case that {@link LineCase}
 * leaves alone because they are short or hold lower-case function words ("How to Grow Basil",
 * "Method 2 of 3: Caring for Basil"): a line without a full stop whose words are all capitalised
 * except function words, where at least two capitalised words, and half of them, are words the text
 * also writes in lower case or common words. A line of names ("Anna Berg, University of Lund") has
 * no such words and keeps its capitals, and so do a numbered section heading
 * ("2.1. Property Rights") and a line with brackets ("The Politics of Fear
 * (Moretti)").
 */
final class TitleCaseLines {

    private static final int MAX_WORDS = 14;

    private final Lexicon lexicon;
    private final Set<String> lowerInText;

    TitleCaseLines(Lexicon lexicon, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.lowerInText = lowerInText;
    }

    void mark(List<Token> tokens) {
        int lineFrom = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).lineStart) {
                if (!tokens.get(lineFrom).caseless && isHeading(tokens, lineFrom, i)) {
                    for (int k = lineFrom; k < i; k++) {
                        tokens.get(k).caseless = true;
                    }
                }
                lineFrom = i;
            }
        }
    }

    private boolean isHeading(List<Token> tokens, int from, int to) {
        if (tokens.get(to - 1).isPunct('.') || to - from > MAX_WORDS * 2 || tokens.get(from).shape == Token.Shape.NUMBER) {
            return false;
        }
        int words = 0;
        int capitalContent = 0;
        int common = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (k > from && t.isPunct('.') || t.isPunct('(')) {
                    return false; // running text; a name in brackets after a title: "(Moretti)"
                }
                continue;
            }
            words++;
            String lower = t.text.toLowerCase(Locale.ROOT);
            if (NameWords.isFunctionWord(lower)) {
                continue;
            }
            if (t.shape != Token.Shape.CAPITALISED) {
                return false; // a lower-case content word, an acronym or a word in capitals
            }
            capitalContent++;
            if ((lexicon.isCommonWord(lower) || lowerInText.contains(lower)) && !lexicon.isOrgSuffix(t.text)
                    && !lexicon.isOrgHead(t.text) && !lexicon.isPlaceSuffix(t.text) && !lexicon.isPlaceHead(t.text)) {
                common++;
            }
        }
        return words <= MAX_WORDS && common >= 2 && common * 2 >= capitalContent;
    }
}
