package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@link WholeLinePattern} must answer as its pattern does, whatever it remembers. */
class WholeLinePatternTest {

    /** Phrases as the wording cues write them: optional words, a word end, a trailing separator, case folding. */
    private static final Pattern CUES = Pattern.compile("(?iu)^(?:read more|related(?: (?:articles?|posts))?|ad"
            + "|more (?:from|on)\\b.*|share\\s*:.*|(?:[▶►]\\s*)?see also\\s*[:>-].*|читайте также|関連記事|İlgili haberler"
            + "|comments?(?: \\(\\d+\\))?|\\d{1,2} min read|tags\\s*:\\s*\\S.*)\\s*[:.…]?$");
    /** Characters the lines are made of: the phrases' own, other cases, digits, separators, a surrogate pair's halves. */
    private static final String ALPHABET = "readmoRElatDsSfhnpcuıİiIg \t:.…>-▶(1)2чиайтеЧ関連記事x\ud83d\ude00";

    @Test
    void answersAsThePatternOnLinesOfItsPhrases() {
        WholeLinePattern lines = new WholeLinePattern(CUES);
        for (String line : new String[] {"Read more", "READ MORE:", "Related", "Related articles", "Related posts.",
            "Ad", "More from our partners", "More often than not", "Share: Facebook", "▶ See also: the harbour",
            "See also - maps", "Читайте также", "関連記事", "ilgili haberler", "İLGİLİ HABERLER", "Comments (12)", "5 min read",
            "Tags: bridges, floods", "Tags:", "Admiral", "Readers", "Relatedness", "The harbour reopened", "", "Ad."}) {
            assertEquals(CUES.matcher(line).matches(), lines.matches(line), line);
            assertEquals(CUES.matcher(line).matches(), lines.matches(line), line + " (remembered)");
        }
        assertTrue(lines.matches("More from our partners"));
        assertFalse(lines.matches("The harbour reopened"));
    }

    @Test
    void answersAsThePatternOnRandomLines() {
        WholeLinePattern lines = new WholeLinePattern(CUES);
        Random random = new Random(7);
        String[] phrases = {"read more", "related ", "articles", "more from", "share", "see also", "читайте также",
            "関連記事", "ilgili haberler", "comments", " (3)", "5 min read", "tags: ", "ad"};
        for (int round = 0; round < 100_000; round++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    line.append(phrases[random.nextInt(phrases.length)]);
                } else {
                    for (int k = random.nextInt(4); k >= 0; k--) {
                        line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
            String text = random.nextBoolean() ? line.toString() : line.toString().toUpperCase();
            assertEquals(CUES.matcher(text).matches(), lines.matches(text), text);
        }
    }

    @Test
    void answersAsThePatternOnceItsMemoryIsFull() {
        WholeLinePattern lines = new WholeLinePattern(CUES);
        for (int i = 0; i < WholeLinePattern.MAX_REMEMBERED + 10; i++) {
            String opening = new String(Character.toChars(0x4E00 + i)) + "ab";
            assertFalse(lines.matches(opening + "c"));
        }
        assertTrue(lines.matches("Related articles"));
        assertFalse(lines.matches("Relatedness"));
    }
}
