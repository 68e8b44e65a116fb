package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A family name alone that is another spelling of the family name of one person of the text joins
 * that person: "Zelensky" after "Volodymyr Zelenskyy", "Gaddafi" after "Moammar Gadhafi", as news
 * transliterates names from other scripts in more than one way. Safe only when nothing else can be
 * meant, so: both spellings at least six letters long and one or two edits apart (one below seven
 * letters); the person is named with a given name first; no person of the text is named with the
 * spelling alone itself; only one person's family name is that close; and neither spelling is a
 * frequent US family name ("Johnson" and "Johnston", "Petersen" and "Peterson" are different
 * people), a common word, a title ("Presidency" is no "Vice President") or a word of place and
 * organisation names ("Street", "Streets"); nor a person whose name was cut off by a hyphen, a slip
 * corrected right after it ("Sarah Stoddar- Stoddart").
 */
final class SurnameSpellingVariants {

    private static final int MIN_LENGTH = 6;

    private final Lexicon lexicon;
    private final List<Token> tokens;

    SurnameSpellingVariants(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * @param alone the comparison key of a name alone ({@link Names#personKey})
     * @param persons the persons of the text named with two or more words
     * @return the only person whose family name is another spelling of {@code alone}, or {@code null}
     */
    Group onlyVariant(String alone, List<Group> persons) {
        if (alone.length() < MIN_LENGTH || alone.indexOf(' ') >= 0 || !nameOnly(alone)) {
            return null;
        }
        Group found = null;
        for (Group g : persons) {
            String[] words = Names.personKey(Names.withoutPostNominals(g.canonical)).split(" ");
            if (words.length < 2) {
                continue;
            }
            String last = words[words.length - 1];
            if (last.equals(alone)) {
                return null; // the spelling itself names someone
            }
            if (last.length() < MIN_LENGTH || !nameOnly(last) || !lexicon.isFirstName(capitalised(words[0])) || brokenOff(g)) {
                continue;
            }
            int limit = Math.min(last.length(), alone.length()) >= 7 ? 2 : 1;
            if (distance(alone, last, limit) <= limit) {
                if (found != null && found != g) {
                    return null; // two persons with such names: undecided
                }
                found = g;
            }
        }
        return found;
    }

    /**
     * @return whether the word is nothing but a rare family name: no frequent US family name, common
     *         word, title ("President" beside "Presidency") or word of organisation or place names ("Street")
     */
    private boolean nameOnly(String key) {
        String word = capitalised(key);
        return !lexicon.isFamilyName(word) && !lexicon.isCommonWord(key) && !lexicon.isRole(word)
                && !lexicon.isOrgSuffix(word) && !lexicon.isOrgHead(word) && !lexicon.isPlaceSuffix(word)
                && !lexicon.isPlaceHead(word) && !lexicon.startsPhrase(word);
    }

    /** "Sarah Stoddar- Stoddart": a name cut off by a hyphen is a slip of the tongue, corrected after it, not a spelling */
    private boolean brokenOff(Group g) {
        for (Candidate m : g.members) {
            if (m.to < tokens.size() && tokens.get(m.to).isPunct('-') && tokens.get(m.to).start == tokens.get(m.to - 1).end) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /**
     * @return the edit distance of the two words (insertions, deletions, substitutions and swaps of
     *         neighbours), or {@code limit + 1} once it is certainly above {@code limit}
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
