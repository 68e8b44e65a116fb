package org.gazette.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    private static final double EPS = 1e-12;

    @Test
    void tokensAreLettersDigitsAndUnderscoreLowerCased() {
        assertEquals(List.of("don", "t", "stop_me", "now", "ünïcode", "42"),
                Shingles.tokens("Don't stop_me NOW—Ünïcode 42!"));
    }

    @Test
    void oneSharedShingleOfThree() {
        // the cat sat on | cat sat on the | sat on the mat  vs  the cat sat on | cat sat on a | sat on a mat
        assertEquals(List.of("the cat sat on", "cat sat on the", "sat on the mat"), Shingles.shingles("The cat sat on the mat."));
        Overlap o = Shingles.score("The cat sat on the mat.", "the cat sat on a mat");
        assertEquals(1.0 / 3, o.precision(), EPS);
        assertEquals(1.0 / 3, o.recall(), EPS);
        assertEquals(1.0 / 3, o.f1(), EPS);
    }

    @Test
    void repeatsCountAsAMultiset() {
        // prediction: abcd bcda cdab dabc abcd (abcd twice); gold: abcd once -> 1 in common
        Overlap o = Shingles.score("a b c d a b c d", "A B C D");
        assertEquals(0.2, o.precision(), EPS);
        assertEquals(1.0, o.recall(), EPS);
        assertEquals(1.0 / 3, o.f1(), EPS);
    }

    @Test
    void shortTextsUseTheirTokens() {
        // fewer than 4 tokens on both sides: 1-grams; hello and world shared
        assertEquals(List.of("hello", "there", "world"), Shingles.shingles("hello there world"));
        Overlap o = Shingles.score("hello there world", "Hello, world!");
        assertEquals(2.0 / 3, o.precision(), EPS);
        assertEquals(1.0, o.recall(), EPS);
        assertEquals(0.8, o.f1(), EPS);
    }

    @Test
    void emptyPredictionScoresZero() {
        assertEquals(Overlap.ZERO, Shingles.score(null, "one two three four five"));
        assertEquals(Overlap.ZERO, Shingles.score("  ", "one two three four five"));
        assertEquals(Overlap.ZERO, Shingles.bagOfWords(null, "one two"));
    }

    @Test
    void perfectMatchIgnoresCaseAndPunctuation() {
        Overlap o = Shingles.score("One, two; THREE four.\n\nFive", "one two three four five");
        assertEquals(new Overlap(1, 1, 1), o);
    }

    @Test
    void bagOfWordsUsesUnicodeWordCharacters() {
        // [café, au, lait, café] vs [café, noir]: 1 in common
        Overlap o = Shingles.bagOfWords("Café au lait, café!", "café noir");
        assertEquals(0.25, o.precision(), EPS);
        assertEquals(0.5, o.recall(), EPS);
        assertEquals(1.0 / 3, o.f1(), EPS);
    }

    @Test
    void summaryTakesF1FromTheMeansAndAlsoTheMeanOfF1() {
        PageScore a = page("a", new Overlap(1.0, 0.5, 2.0 / 3));
        PageScore b = page("b", new Overlap(0.5, 1.0, 2.0 / 3));
        PageScore skipped = page("c", null);
        Summary s = Summary.of(new Evaluator.Run("x", true, List.of(a, b, skipped)));
        assertEquals(3, s.pages());
        assertEquals(1, s.skipped());
        assertEquals(0.75, s.precision(), EPS);
        assertEquals(0.75, s.recall(), EPS);
        assertEquals(0.75, s.f1(), EPS);
        assertEquals(2.0 / 3, s.meanF1(), EPS);
        assertEquals(3 / 0.75, s.pagesPerSecond(), EPS);
    }

    private static PageScore page(String id, Overlap body) {
        return new PageScore(id, "https://example.org/" + id, null, 0.25, body, body, null, null, null, null, null,
                0, 0, 0, 0, null);
    }
}
