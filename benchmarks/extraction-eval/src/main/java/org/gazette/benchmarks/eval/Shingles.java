package org.gazette.benchmarks.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body metrics. Shingles: tokens are runs of {@code [\p{L}\p{N}_]} lower-cased with
 * {@link Locale#ROOT}; the shingles are the consecutive 4-token windows, as a multiset; a text of
 * fewer than 4 tokens uses its tokens as 1-grams. Bag of words (as upstream's {@code evaluate.py}):
 * lower-cased {@code \w+} tokens (Unicode word characters, as Python's {@code re}) as a multiset.
 */
final class Shingles {

    /** Words per shingle. */
    static final int SIZE = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private Shingles() {
    }

    /**
     * @param text any text, possibly {@code null}
     * @return its tokens, lower case
     */
    static List<String> tokens(String text) {
        return matches(TOKEN, text);
    }

    /**
     * The tokens of a text's paragraphs in reading order, each with the index of the paragraph it is in.
     *
     * @param tokens the tokens, lower case
     * @param owners for each token, its paragraph's index
     */
    record Owned(List<String> tokens, List<Integer> owners) {
    }

    /**
     * @param paragraphs a text's paragraphs in order
     * @return their tokens, each with its paragraph ({@link PageDiff} and {@link LossMap} read a shingle as
     *         its first token's paragraph's)
     */
    static Owned byParagraph(List<String> paragraphs) {
        List<String> tokens = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (String token : tokens(paragraphs.get(i))) {
                tokens.add(token);
                owners.add(i);
            }
        }
        return new Owned(tokens, owners);
    }

    /**
     * @param text any text, possibly {@code null}
     * @return its 4-token shingles (words joined by one space), or its tokens when it has fewer than 4
     */
    static List<String> shingles(String text) {
        List<String> tokens = tokens(text);
        if (tokens.size() < SIZE) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size() - SIZE + 1);
        for (int i = 0; i + SIZE <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + SIZE)));
        }
        return out;
    }

    /**
     * @param predicted the extracted text, possibly {@code null}
     * @param gold the gold text
     * @return shingle precision, recall and F1
     */
    static Overlap score(String predicted, String gold) {
        return Overlap.of(shingles(predicted), shingles(gold));
    }

    /**
     * @param predicted the extracted text, possibly {@code null}
     * @param gold the gold text
     * @return bag-of-words precision, recall and F1, as upstream computes them
     */
    static Overlap bagOfWords(String predicted, String gold) {
        return Overlap.of(matches(WORD, predicted), matches(WORD, gold));
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = pattern.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
