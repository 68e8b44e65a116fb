package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Text#normalise} and {@link Text#key} are hand-written loops that must match their patterns exactly. */
class TextTest {

    private static final char[] POOL = (" \t\n\u000B\f\r\u00A0\u2003\u2007\u2009\u202F\u200B\u205F\u3000\uFEFF\u0001\u001F\u007F"
            + "aZ9\u00E9\u0130\u00DF\u0663\u2160\u00BD\uD83D\uDE00\uD800\uDC00").toCharArray();

    @Test
    void ideographicAndTypographicSpacesAreSpaces() {
        // Chinese and Japanese sites indent each paragraph with two ideographic spaces
        assertEquals("九月十四日上午，大桥正式通车。", Text.normalise("\u3000\u3000九月十四日上午，大桥正式通车。"));
        assertEquals("a b c", Text.normalise("a\u2003b\u2009\u205Fc"));
        assertEquals(2, Text.normalisedLength("\u3000\u3000あい"));
    }

    @Test
    void normaliseCollapsesAndTrims() {
        assertEquals("", Text.normalise(null));
        assertEquals("a b c", Text.normalise(" \u00A0a \t\n b\u200B\u2007c\uFEFF "));
        assertEquals("a b", Text.normalise("\u0001a b\u001F"));
        String clean = "already clean";
        assertSame(clean, Text.normalise(clean));
    }

    @Test
    void keyKeepsLettersAndDigits() {
        assertEquals("harbourbridge2023", Text.key("Harbour Bridge \u2014 2023!"));
        assertEquals("istanbul\u0663\u2170\u00BD", Text.key("\u0130stanbul \u0663\u2160\u00BD"));
        assertEquals("\uD801\uDC28", Text.key("\uD801\uDC00 \uD83D\uDE00 \uD800"));
    }

    @Test
    void everyCodePointAsThePatternsTreatIt() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x3000 ? 1 : 7) {
            String c = new String(Character.toChars(cp));
            assertPatternsAgree("a" + c + "b " + c);
        }
    }

    @Test
    void randomStringsAsThePatternsTreatThem() {
        Random random = new Random(42);
        for (int t = 0; t < 50_000; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(POOL[random.nextInt(POOL.length)]);
            }
            assertPatternsAgree(s.toString());
        }
    }

    private static void assertPatternsAgree(String s) {
        assertEquals(Text.SPACES.matcher(s).replaceAll(" ").trim(), Text.normalise(s), s);
        assertEquals(Text.NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(""), Text.key(s), s);
        assertEquals(Text.normalise(s).length(), Text.normalisedLength(s), s);
        assertEquals(s.isEmpty() ? 0 : s.split(" ").length, Text.words(s), s);
    }

    @Test
    void opensWithOneOfLooksPastSpacesOfEveryKind() {
        assertEquals(true, Text.opensWithOneOf(" \u00A0\u2003Written by", "wp"));
        assertEquals(true, Text.opensWithOneOf("Posted", "wp"));
        assertEquals(false, Text.opensWithOneOf("  Read more", "wp"));
        assertEquals(false, Text.opensWithOneOf(" \n ", "wp"));
    }

    @Test
    void sentenceEndsInAnyScriptBeforeClosingMarks() {
        assertTrue(Text.endsSentence("The bridge opened on Thursday."));
        assertTrue(Text.endsSentence("\u201CThe bridge opened on Thursday.\u201D "));
        assertTrue(Text.endsSentence("(The bridge opened on Thursday.)"));
        assertTrue(Text.endsSentence("\u300C\u5927\u6865\u6B63\u5F0F\u901A\u8F66\u3002\u300D"));
        assertTrue(Text.endsSentence("\u092A\u0941\u0932 \u0916\u0941\u0932\u093E\u0964"));
        assertTrue(Text.endsSentence("\u0647\u0644 \u0627\u0641\u062A\u064F\u062D \u0627\u0644\u062C\u0633\u0631\u061F"));
        assertFalse(Text.endsSentence("Key insight"));
        assertFalse(Text.endsSentence("Read on:"));
        assertFalse(Text.endsSentence("\u201D "));
        assertFalse(Text.endsSentence(""));
    }

    @Test
    void aColonHalfOrFullWidthIntroducesWhatFollows() {
        assertTrue(Text.introducesWhatFollows("You can find the project here:"));
        assertTrue(Text.introducesWhatFollows("\u8BE6\u60C5\u5982\u4E0B\uFF1A"));
        assertFalse(Text.introducesWhatFollows("Time: 12:30"));
    }
}
