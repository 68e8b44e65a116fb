package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A capitalised word and a family name written with the Arabic article joined by a hyphen ("Nouri
 * al-Maliki", "Haider al-Abadi", "Abdel Fattah el-Sisi"), the way news transliterates Arab
 * persons' names: a person, even when the given name is in no list. Not when the first word is one
 * of the Arabic nouns that open names of places and organisations ("Ras al-Khaimah", "Deir
 * ez-Zor", "Jabhat al-Nusra", "Jaish al-Islam"), nor when the run has more than three words.
 */
final class ArabicArticleSurnames {

    /** Transliterations of the Arabic article, with the sun-letter assimilations news keeps. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an", "ud", "ul");
    /** Arabic nouns heading names of places ("Ras", "Sharm", "Wadi") and bodies ("Jabhat", "Hizb", "Ansar"): general knowledge. */
    private static final Set<String> NOT_PERSONS = Set.of("Ras", "Sharm", "Deir", "Dar", "Bab", "Tel", "Tell", "Wadi", "Jebel",
            "Jabal", "Bir", "Ain", "Umm", "Masjid", "Qasr", "Kafr", "Beit", "Bayt", "Madinat", "Minat", "Mina", "Khan", "Souq",
            "Suq", "Hayy", "Jisr", "Tal", "Marj", "Qalat", "Jabhat", "Jaish", "Ahrar", "Ansar", "Hizb", "Harakat", "Jamaat",
            "Jamaa", "Hayat", "Tahrir", "Liwa", "Kataib", "Saraya", "Fatah", "Bank", "Al", "El", "Abu", "Bin", "Ibn");

    private ArabicArticleSurnames() {
    }

    /** @return whether the run [from, to) is given names then one word with the article ("Nouri al-Maliki") */
    static boolean in(List<Token> tokens, int from, int to) {
        int length = to - from;
        if (length < 2 || length > 3 || NOT_PERSONS.contains(tokens.get(from).text)) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            Token t = tokens.get(k);
            if (t.shape != Token.Shape.CAPITALISED || !Character.isUpperCase(t.text.charAt(0)) || t.text.indexOf('-') >= 0) {
                return false;
            }
        }
        String last = tokens.get(to - 1).text;
        int hyphen = last.indexOf('-');
        return hyphen > 0 && ARTICLES.contains(last.substring(0, hyphen)) && hyphen + 2 < last.length()
                && last.substring(hyphen + 1).chars().skip(1).allMatch(Character::isLowerCase);
    }
}
