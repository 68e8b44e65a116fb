package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A name whose leading words are written as their initials is the entity named in full: "GW Bridge"
 * after "George Washington Bridge", "UN Security Council" after "United Nations Security Council".
 */
final class InitialledLeadingWords {

    private InitialledLeadingWords() {
    }

    /** @return the one group of the candidate's type whose canonical name the candidate shortens so, or {@code null} */
    static Group find(Candidate c, List<Group> groups) {
        String[] words = c.surface.split(" ");
        String initials = words.length >= 2 ? capitals(words[0]) : null;
        if (initials == null) {
            return null;
        }
        Group found = null;
        for (Group g : groups) {
            if (g.type != c.type || g.members.isEmpty() || !shortens(words, initials, g.canonical.split(" "))) {
                continue;
            }
            if (found != null && found != g) {
                return null;
            }
            found = g;
        }
        return found;
    }

    /** @return the letters of a word of two to four capitals ("GW", "U.N."), or {@code null} */
    private static String capitals(String word) {
        String letters = word.replace(".", "");
        if (letters.length() < 2 || letters.length() > 4) {
            return null;
        }
        for (int k = 0; k < letters.length(); k++) {
            if (!Character.isUpperCase(letters.charAt(k))) {
                return null;
            }
        }
        return letters;
    }

    private static boolean shortens(String[] words, String initials, String[] full) {
        int n = initials.length();
        if (full.length != n + words.length - 1) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (full[k].isEmpty() || full[k].charAt(0) != initials.charAt(k) || capitals(full[k]) != null) {
                return false;
            }
        }
        for (int k = 1; k < words.length; k++) {
            if (!Names.key(words[k]).equals(Names.key(full[n + k - 1]))) {
                return false;
            }
        }
        return true;
    }
}
