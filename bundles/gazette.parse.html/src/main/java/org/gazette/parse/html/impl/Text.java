package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whitespace and comparison helpers for text read from a page.
 */
final class Text {

    /** The whitespace {@link #normalise} collapses, as a pattern (for reference and tests). */
    static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    /** What {@link #key} removes, as a pattern. */
    static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /**
     * @param text any text, possibly {@code null}
     * @return the text with runs of whitespace as one space, trimmed; empty for {@code null}
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null; // created at the first change; a hand-written loop, as the regex was a hot spot
        int copied = 0; // text before this is in out; unchanged stretches are appended whole
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (c != ' ' || end > i + 1) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        return (out == null ? text : out.append(text, copied, n).toString()).trim();
    }

    /**
     * @param text any text
     * @return {@code normalise(text).length()}, without making the string
     */
    static int normalisedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) <= ' ' || isSpace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) <= ' ' || isSpace(text.charAt(end - 1)))) {
            end--;
        }
        int length = 0;
        for (int i = start; i < end; i++) {
            length++;
            if (isSpace(text.charAt(i))) {
                while (isSpace(text.charAt(i + 1))) { // the text ends with a character that is no space
                    i++;
                }
            }
        }
        return length;
    }

    /**
     * A cheap test before a pattern anchored at a text's start: whether its first character that is
     * not a space ({@link #isSpace}, {@link Character#isWhitespace}, or a control character, as
     * trimming and stripping remove) is, in lower case, one of the given letters.
     *
     * @param text any text
     * @param letters lower-case ASCII letters
     */
    static boolean opensWithOneOf(String text, String letters) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && !isSpace(c) && !Character.isWhitespace(c)) {
                return letters.indexOf(Character.toLowerCase(c)) >= 0;
            }
        }
        return false;
    }

    /**
     * @return true for the characters of {@link #SPACES}: {@code \s}, no-break, typographic (en, em,
     *         thin, figure...), zero-width and ideographic spaces, BOM; Chinese and Japanese sites indent
     *         each paragraph with two ideographic spaces (U+3000)
     */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // most characters of a page: one test instead of seven
        }
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F'
                || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /**
     * @param text any text
     * @return a key for loose comparison: lower case, letters and digits only
     */
    static String key(String text) {
        String ascii = asciiKey(text);
        if (ascii != null) {
            return ascii;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * {@link #key} of a text in ASCII, where the letters and digits are {@code [A-Za-z0-9]}, without
     * lower-casing the whole text first: a paragraph's key is asked for every short paragraph.
     *
     * @return the key, or {@code null} when the text has a character beyond ASCII
     */
    private static String asciiKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            }
        }
        return out.toString();
    }

    /**
     * @param text a block's text
     * @return true when it prints no word and no sign a reader reads: only punctuation, separators and
     *         invisible characters ("___", "* * *", "|", a lone zero-width joiner); a check mark, a star, a
     *         currency sign or an emoji is a value ("✓", "☆☆☆☆", "$$$") and prints something
     */
    static boolean printsNothing(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.OTHER_SYMBOL || type == Character.CURRENCY_SYMBOL
                    || type == Character.SURROGATE) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** @return true for the code points of {@code \p{L}} and {@code \p{N}} (the complement of {@link #NOT_ALNUM}) */
    static boolean isLetterOrNumber(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** @return the runs of letters of the text, in order: its words, without digits and punctuation */
    static List<String> letterRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
        }
        return runs;
    }

    /**
     * @return the text's length as a reader weighs it: a character of Chinese, Japanese or Korean counts twice, as it
     *         carries about what two letters of an alphabet do, so that a length bar set for alphabets also holds for them
     */
    static int visualLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c >= '\u1100' && (Character.isIdeographic(c) || isKanaOrHangul(c)) ? 2 : 1;
        }
        return length;
    }

    private static boolean isKanaOrHangul(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES || block == Character.UnicodeBlock.HANGUL_JAMO;
    }

    /**
     * @return a cheap key of a text, equal for equal texts: its length and its first, middle and last
     *         characters, for telling repeats apart before hashing whole paragraphs
     */
    static long sketch(String text) {
        int n = text.length();
        return n == 0 ? 0 : (long) n << 48 | (long) text.charAt(0) << 32 | (long) text.charAt(n / 2) << 16 | text.charAt(n - 1);
    }

    /**
     * @param text normalised text
     * @return the number of words (runs of non-space characters)
     */
    static int words(String text) {
        int trailing = 0; // the pieces that text.split(" ") gives, without making them: trailing empty ones do not count
        while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == ' ') {
            trailing++;
        }
        if (trailing == text.length()) {
            return 0;
        }
        int spaces = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            spaces++;
        }
        return spaces + 1 - trailing;
    }

    /**
     * @param text any text
     * @return its distinct words, lower case, letters and digits only
     */
    static java.util.Set<String> wordSet(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : NOT_ALNUM.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Closing quotation marks and brackets that may follow a sentence's end, in Latin and CJK scripts. */
    private static final String CLOSING_MARKS = "\"'\u201D\u2019\u00BB)\u300D\u300F";
    /** The marks that end a sentence, in Latin, CJK, Devanagari and Arabic scripts. */
    private static final String SENTENCE_ENDS = ".!?\u2026\u3002\uFF01\uFF1F\u0964\u061F";

    /**
     * @param text any text
     * @return true when the text ends with a sentence's closing punctuation (in any script), before
     *         any spaces, closing quotation marks and brackets
     */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
    }

    /**
     * @param text normalised text
     * @return true when the text ends with a colon, half or full width ("you can find the project
     *         here:", "详情如下："): it introduces what follows it
     */
    static boolean introducesWhatFollows(String text) {
        return text.endsWith(":") || text.endsWith("\uFF1A");
    }
}
