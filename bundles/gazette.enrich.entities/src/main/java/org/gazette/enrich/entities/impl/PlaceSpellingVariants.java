package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

import org.gazette.api.model.EntityType;

/**
 * Two places the gazetteers do not know, written with the same words but one, that one word spelt
 * in two ways one edit apart, are one place: "Tåsinge" and "Taasinge", "Quarrow Islands" and
 * "Quarow Islands", as texts transliterate or misspell local names. Only words of six letters or
 * more, compared without accents, that are no common word, title, family name, place or
 * organisation word; only when no third place of the text is that close.
 */
final class PlaceSpellingVariants {

    private static final int MIN_LENGTH = 6;

    private final Lexicon lexicon;

    PlaceSpellingVariants(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void join(List<Group> groups) {
        for (Group g : groups) {
            if (!candidate(g)) {
                continue;
            }
            Group found = null;
            int count = 0;
            for (Group other : groups) {
                if (other != g && candidate(other) && variant(Names.key(g.canonical), Names.key(other.canonical))) {
                    found = other;
                    count++;
                }
            }
            if (count == 1 && !found.members.isEmpty()) {
                Group into = found.members.size() >= g.members.size() ? found : g;
                into.takeAll(into == found ? g : found);
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    private static boolean candidate(Group g) {
        return g.type == EntityType.LOCATION && !g.fromGazetteer && !g.members.isEmpty()
                && g.members.stream().allMatch(c -> c.known == null);
    }

    /** @return whether the names have the same words but one, spelt one edit apart */
    private boolean variant(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || a.equals(b)) {
            return false;
        }
        int differing = -1;
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equals(y[k])) {
                if (differing >= 0) {
                    return false;
                }
                differing = k;
            }
        }
        String u = x[differing];
        String v = y[differing];
        return u.length() >= MIN_LENGTH && v.length() >= MIN_LENGTH && nameOnly(u) && nameOnly(v)
                && SurnameSpellingVariants.distance(u, v, 1) <= 1;
    }

    private boolean nameOnly(String key) {
        String word = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return key.chars().allMatch(Character::isLetter) && !lexicon.isCommonWord(key.toLowerCase(Locale.ROOT))
                && !lexicon.isRole(word) && !lexicon.isFamilyName(word) && !lexicon.isFirstName(word)
                && !lexicon.isOrgSuffix(word) && !lexicon.isOrgHead(word) && !lexicon.isPlaceSuffix(word)
                && !lexicon.isPlaceHead(word) && !lexicon.startsPhrase(word);
    }
}
