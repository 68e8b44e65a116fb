package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@link AsciiWords} is a prefilter for {@code (?i)} patterns: it must find exactly what such a pattern finds. */
class AsciiWordsTest {

    private static final char[] POOL = "aAbByYlLiInNeEtTsS -_\u017F\u0130\u0131\u212A\u00E9".toCharArray();

    @Test
    void findsWordsIgnoringAsciiCase() {
        AsciiWords words = new AsciiWords("byline", "author");
        assertTrue(words.occurIn("post-BYLINE__name"));
        assertTrue(words.occurIn("coauthors"));
        assertFalse(words.occurIn("by-line"));
        assertFalse(words.occurIn(""));
        assertFalse(words.occurIn("a"));
    }

    @Test
    void agreesWithCaseInsensitivePattern() {
        agreesWithPattern(new AsciiWords("byline", "bet", "yes"), Pattern.compile("(?i)(byline|bet|yes)"));
    }

    @Test
    void agreesWithPatternWhenWordsShareTheirFirstLetters() {
        agreesWithPattern(new AsciiWords("byline", "bye", "bet", "best", "yes"), Pattern.compile("(?i)(byline|bye|bet|best|yes)"));
        assertTrue(new AsciiWords("byline", "bye").occurIn("good-bye"));
    }

    private static void agreesWithPattern(AsciiWords words, Pattern pattern) {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(POOL[random.nextInt(POOL.length)]);
            }
            String text = s.toString();
            assertEquals(pattern.matcher(text).find(), words.occurIn(text), text);
        }
    }

    @Test
    void rejectsWordsItCannotScanFor() {
        assertThrows(IllegalArgumentException.class, () -> new AsciiWords("Author"));
        assertThrows(IllegalArgumentException.class, () -> new AsciiWords("a"));
        assertThrows(IllegalArgumentException.class, () -> new AsciiWords("post-meta"));
    }
}
