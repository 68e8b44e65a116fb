package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * One token of a text: a word, a number or a punctuation character, with its offsets.
 */
final class Token {

    /** The shape of a token, from its characters. */
    enum Shape {
        /** First letter upper case, some lower case after it: "Paris", "McDonald", "al-Assad". */
        CAPITALISED,
        /** Letters, all upper case, at least one: "NATO", "U.S.", "I". */
        UPPER,
        /** Starts with a lower-case letter: "said", "van". */
        LOWER,
        /** Starts with a digit: "2007", "5.2", "21st", "2007-10-21". */
        NUMBER,
        /** One character that is not a letter or digit. */
        PUNCT,
        /** The possessive ending split from a word: "'s", "’s", "'". */
        POSSESSIVE,
        /** Letters without case (CJK, Arabic, Hebrew...) or other word characters. */
        OTHER,
        /** A word longer than the tokenizer's limit: never part of a name. */
        JUNK
    }

    final int start;
    final int end;
    final String text;
    final Shape shape;
    /** The first word of a sentence, of a line, or after an opening quote. */
    final boolean sentenceStart;
    /** The first token of a line. */
    boolean lineStart;
    /** In a line written in capitals ("FIRE HITS DOWNTOWN TULSA"): case tells nothing there. */
    boolean caseless;

    Token(int start, int end, String text, Shape shape, boolean sentenceStart) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.shape = shape;
        this.sentenceStart = sentenceStart;
    }

    boolean isWord() {
        return shape == Shape.CAPITALISED || shape == Shape.UPPER || shape == Shape.LOWER || shape == Shape.OTHER;
    }

    /** @return true for a word that starts with a capital letter (capitalised or all capitals) */
    boolean isCapital() {
        return shape == Shape.CAPITALISED || shape == Shape.UPPER;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isPunct(char c) {
        return shape == Shape.PUNCT && text.charAt(0) == c;
    }

    @Override
    public String toString() {
        return text + "@" + start + (sentenceStart ? "^" : "") + ":" + shape;
    }

    /**
     * @param tokens the tokens of a text
     * @param from the first token
     * @param to the token after the last
     * @return the text of the tokens [from, to) with one space where the text has any
     */
    static String surface(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder(tokens.get(from).text);
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).start > tokens.get(k - 1).end) {
                b.append(' ');
            }
            b.append(tokens.get(k).text);
        }
        return b.toString();
    }

    /**
     * @param tokens the tokens of a text
     * @param from the first token
     * @param to the token after the last
     * @return the texts of the tokens [from, to) joined by single spaces, however the text spaces them
     */
    static String joined(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text);
        }
        return b.toString();
    }
}
