package org.gazette.enrich.entities.impl;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A family name alone joins a person named with it before "Jr." or "Sr.": "King" after "Martin
 * Luther King Jr.", "Kennedy" after "Robert F. Kennedy Jr.". Only when no person of the text bears
 * that family name without the suffix: "Trump" after "Donald Trump Jr." and "Donald Trump" is left to
 * the father, whom news names so far more often. The full names stay apart ("Ken Griffey Jr." and
 * "Ken Griffey Sr." are two people).
 */
final class SurnameBeforeGenerationalSuffix {

    /** Suffixes of generation, as comparison keys (periods removed). */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr");

    private SurnameBeforeGenerationalSuffix() {
    }

    /**
     * @param words the comparison keys of a person's name, in order
     * @param alone the comparison key of the name alone
     * @param persons every person of the text, to find one named without the suffix
     * @return the words without a final "jr"/"sr" when the word before it is the name alone and no
     *         person has that name as the last word without a suffix; else the words given
     */
    static String[] words(String[] words, String alone, List<Group> persons) {
        if (words.length < 3 || !SUFFIXES.contains(words[words.length - 1]) || !words[words.length - 2].equals(alone)) {
            return words;
        }
        for (Group g : persons) {
            String[] other = Names.personKey(Names.withoutPostNominals(g.canonical)).split(" ");
            if (other.length >= 2 && other[other.length - 1].equals(alone)) {
                return words; // "Donald Trump" beside "Donald Trump Jr.": "Trump" is not decided here
            }
        }
        return Arrays.copyOf(words, words.length - 1);
    }
}
