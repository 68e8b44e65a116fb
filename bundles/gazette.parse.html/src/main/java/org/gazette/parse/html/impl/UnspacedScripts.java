package org.gazette.parse.html.impl;

/**
 * Words in scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer and
 * Burmese. Counting runs between spaces makes a whole paragraph of these one word, so a Chinese or
 * Japanese article read as a page of a few words ("body text has 4 words") and was no article. Here
 * every two characters of these scripts count as one word (a Chinese word is one to two characters,
 * a Japanese one about two), and their own punctuation ("、", "。", "「」", full-width forms) counts
 * as a space. Hangul is written with spaces and counts as other letters do.
 */
final class UnspacedScripts {

    private UnspacedScripts() {
    }

    /**
     * @param text normalised text
     * @return its words: runs of characters between spaces, with each two characters of a script
     *         written without spaces counting as a word of their own
     */
    static int words(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0E00') { // Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari...: one test and on
                if (c == ' ') {
                    inWord = false;
                } else if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (isUnspaced(c)) {
                unspaced++;
                inWord = false;
            } else if (isPunctuation(c)) {
                inWord = false;
            } else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        return words + (unspaced + 1) / 2;
    }

    /** @return true for a character of Thai, Lao, Burmese, Khmer, kana or Han ideographs */
    static boolean isUnspaced(char c) {
        return c >= '\u0E00' && c <= '\u0EFF' // Thai, Lao
                || c >= '\u1000' && c <= '\u109F' // Myanmar
                || c >= '\u1780' && c <= '\u17FF' // Khmer
                || c >= '\u3040' && c <= '\u30FF' // Hiragana, Katakana
                || c >= '\u3400' && c <= '\u4DBF' // CJK extension A
                || c >= '\u4E00' && c <= '\u9FFF' // CJK unified ideographs
                || c >= '\uF900' && c <= '\uFAFF' // CJK compatibility ideographs
                || c >= '\uFF66' && c <= '\uFF9F'; // half-width Katakana
    }

    /** @return true for CJK punctuation ("、", "。", "「", the ideographic space) and full-width forms ("，", "：") */
    private static boolean isPunctuation(char c) {
        return c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFF0F' || c >= '\uFF1A' && c <= '\uFF20'
                || c >= '\uFF3B' && c <= '\uFF40' || c >= '\uFF5B' && c <= '\uFF65';
    }
}
