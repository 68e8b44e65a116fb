package org.gazette.enrich.entities.impl;

import java.util.Set;

/**
 * A capitalised name before a hyphen and a lower-case participle or noun of origin, location or
 * support is a name of its own: "London-based", "New York-born", "U.S.-style", "UN-backed",
 * "Tarnvik-bound"; and two capitalised names joined by a hyphen before a noun of what joins two
 * places, states or people are two names: "the Tarnvik-Quorra border", "the Russia-Ukraine war",
 * "the Biden-Harris administration". The {@link Tokenizer} ends the word at the hyphen so that the
 * names are tagged; "Jessen-Petersen said", "Coca-Cola" and "al-Assad" stay one word.
 */
final class NameHyphenSuffixes {

    static final Set<String> SUFFIXES = Set.of("based", "born", "bred", "bound", "backed", "led", "owned", "run",
            "made", "style", "area", "headquartered", "funded", "sponsored", "related", "inspired", "registered",
            "listed", "flagged", "controlled", "occupied", "held", "allied", "brokered", "educated", "trained",
            "centered", "centred", "focused", "linked", "affiliated", "aligned", "administered", "dominated");

    /** Nouns after two names joined by a hyphen that make them two names: "the Tarnvik-Quorra border". */
    static final Set<String> PAIR_NOUNS = Set.of("war", "wars", "border", "relations", "talks", "summit", "game",
            "games", "match", "route", "conflict", "deal", "ties", "rivalry", "corridor", "pipeline", "railway", "highway",
            "flight", "flights", "treaty", "agreement", "dispute", "administration", "ticket", "campaign", "line", "axis",
            "alliance", "negotiations", "accord", "crossing", "series", "derby", "bridge", "ferry", "road");
    private NameHyphenSuffixes() {
    }

    /**
     * @param hyphen index of a hyphen inside the word that starts at {@code from}
     * @return whether the word should end at the hyphen: it starts with a capital and a suffix of
     *         {@link #SUFFIXES} follows the hyphen up to the end of the word, or a capitalised word
     *         follows it and a noun of {@link #PAIR_NOUNS} the whole word
     */
    static boolean splits(String text, int from, int hyphen, int limit) {
        if (hyphen - from < 2 || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        int end = hyphen + 1;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end < limit && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            return false;
        }
        if (end - hyphen > 3 && Character.isUpperCase(text.charAt(hyphen + 1)) && Character.isLowerCase(text.charAt(hyphen + 2))
                && Character.isLowerCase(text.charAt(from + 1))) {
            return PAIR_NOUNS.contains(nextWord(text, end, limit)); // "the Tarnvik-Quorra border"
        }
        return SUFFIXES.contains(text.substring(hyphen + 1, end));
    }

    /** @return the lower-case word after the single space at {@code at}, or "" */
    private static String nextWord(String text, int at, int limit) {
        if (at + 1 >= limit || text.charAt(at) != ' ') {
            return "";
        }
        int end = at + 1;
        while (end < limit && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return text.substring(at + 1, end);
    }
}
