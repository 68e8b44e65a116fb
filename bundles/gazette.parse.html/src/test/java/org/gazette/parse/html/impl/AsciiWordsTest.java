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
        AsciiWords words = new AsciiWords("byline", "bet", "yes");
        Pattern pattern = Pattern.compile("(?i)(byline|bet|yes)");
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
