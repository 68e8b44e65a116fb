package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** {@link WordsByInitial} may leave out only the words that cannot match a text, ignoring case. */
class WordsByInitialTest {

    private static final String[] WORDS = {"share", "social", "ad", "is", "kicker"};

    @Test
    void givesTheWordsWithTheSameInitial() {
        WordsByInitial byInitial = new WordsByInitial(WORDS);
        assertArrayEquals(new String[] {"share", "social"}, byInitial.candidates('S'));
        assertArrayEquals(new String[] {"ad"}, byInitial.candidates('a'));
        assertArrayEquals(new String[] {}, byInitial.candidates('-'));
        assertArrayEquals(WORDS, byInitial.candidates('\u017F'));
    }

    @Test
    void keepsEveryWordThatRegionMatchesWouldFind() {
        WordsByInitial byInitial = new WordsByInitial(WORDS);
        for (char c = 0; c < 0x3000; c++) {
            for (String w : WORDS) {
                String text = c + w.substring(1);
                if (text.regionMatches(true, 0, w, 0, w.length())) {
                    assertTrue(Arrays.asList(byInitial.candidates(c)).contains(w), w + " for U+" + Integer.toHexString(c));
                }
            }
        }
    }

    @Test
    void rejectsWordsWithoutALowerCaseAsciiInitial() {
        assertThrows(IllegalArgumentException.class, () -> new WordsByInitial("Share"));
        assertThrows(IllegalArgumentException.class, () -> new WordsByInitial(""));
    }
}
