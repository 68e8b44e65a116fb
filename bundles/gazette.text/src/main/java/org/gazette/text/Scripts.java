package org.gazette.text;

import java.util.EnumMap;
import java.util.Map;

/** The language a text's script gives away, when the script is used by (mostly) one language. */
final class Scripts {
    /** Share of letters a script needs to decide. */
    private static final double MAJORITY = 0.5;

    private Scripts() {
    }

    /** @return the language code, or {@code null} for Latin script or a mix */
    static String language(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        int persian = 0;
        int ukrainian = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            if (cp == 'پ' || cp == 'چ' || cp == 'ژ' || cp == 'گ' || cp == 'ی') {
                persian++;
            }
            if (cp == 'і' || cp == 'ї' || cp == 'є' || cp == 'ґ') {
                ukrainian++;
            }
        }
        if (letters == 0) {
            return null;
        }
        int han = counts.getOrDefault(Character.UnicodeScript.HAN, 0);
        int kana = counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        if (kana > 0 && (kana + han) > letters * MAJORITY) {
            return "ja";
        }
        for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() > letters * MAJORITY) {
                return switch (e.getKey()) {
                    case ARABIC -> persian > e.getValue() / 50 ? "fa" : "ar";
                    case CYRILLIC -> ukrainian > e.getValue() / 100 ? "uk" : "ru";
                    case GREEK -> "el";
                    case HEBREW -> "he";
                    case HAN -> "zh";
                    case HANGUL -> "ko";
                    case THAI -> "th";
                    case DEVANAGARI -> "hi";
                    case BENGALI -> "bn";
                    case TAMIL -> "ta";
                    case GEORGIAN -> "ka";
                    case ARMENIAN -> "hy";
                    default -> null;
                };
            }
        }
        return null;
    }
}
