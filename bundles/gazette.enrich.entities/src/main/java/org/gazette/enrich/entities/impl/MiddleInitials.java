package org.gazette.enrich.entities.impl;

import java.util.regex.Pattern;

/**
 * Two full names with the same given and family name but other middle initials are two people:
 * "George W. Bush" and "George H.W. Bush", "Ann B. Lee" and "Ann C. Lee". Only when both names write
 * their middle part as initials alone; a middle name written out may stand for an initial or be left
 * out ("Donald J. Trump" and "Donald John Trump" stay one).
 */
final class MiddleInitials {

    /** "W.", "H.W.", "H. W." written as one or more tokens, or a capital alone: "W". */
    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.)+|\\p{Lu}");

    private MiddleInitials() {
    }

    /** @return whether some full name of the group has other middle initials than the candidate */
    static boolean conflict(Candidate c, Group g) {
        String own = initials(c.surface);
        if (own == null) {
            return false;
        }
        for (Candidate m : g.members) {
            String other = initials(m.surface);
            if (other != null && !other.equals(own)) {
                return true;
            }
        }
        return false;
    }

    /** @return the letters of the middle initials of a name of three words or more, or {@code null} when it has none or a middle word written out */
    static String initials(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 3) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        for (int k = 1; k < words.length - 1; k++) {
            if (!INITIAL.matcher(words[k]).matches()) {
                return null;
            }
            for (char ch : words[k].toCharArray()) {
                if (Character.isUpperCase(ch)) {
                    letters.append(ch);
                }
            }
        }
        return letters.toString();
    }
}
