package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gazette.api.model.EntityType;

/**
 * Groups the mentions of persons: full names first ("Kim Jong-un" and "Kim Jong Un", "Ann Marie
 * Lee" and "Ann Lee", "Eskil Brandqvist" and "Anders Eskil Brandqvist", "Saito Keiko" and "Keiko
 * Saito", "Ann Lee" and "Ann Lee FRS"), then a name alone ("Kim", "Quillfeather") joins the person
 * whose first or last word it is: the one named with the same title ("Dr. Varga" is "Dr. Ilse
 * Varga", not "Tomas Varga"), else the one that name alone already stood for, else the one named
 * first (a family member named in passing does not take over the surname of the person the text is
 * about), else the nearest after it. No name alone joins a person guessed without evidence whose
 * full names start with an ordinary word ("Silent Varrowmere had"): such guesses are often wrong.
 */
final class PersonGroups {

    private final Cues cues;
    private final NameFinder finder;
    private final List<Token> tokens;
    private final GivenNameSex sexes;
    private final SurnameSpellingVariants spellings;
    /** Per group, how often each name alone joined it so far (names alone join in text order). */
    private final Map<Group, Map<String, Integer>> aloneCounts = new HashMap<>();

    PersonGroups(Cues cues, NameFinder finder, List<Token> tokens, GivenNameSex sexes, SurnameSpellingVariants spellings) {
        this.spellings = spellings;
        this.cues = cues;
        this.finder = finder;
        this.tokens = tokens;
        this.sexes = sexes;
    }

    /** Multi-word person names, one group per person. */
    List<Group> group(List<Candidate> candidates) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type != EntityType.PERSON || Names.words(Names.key(c.surface)) < 2) {
                continue;
            }
            String key = Names.personKey(Names.withoutPostNominals(c.surface));
            Group g = byKey.get(key);
            if (g == null && !c.roleAlone) { // "President of the United States" is not "Vice President of the United States"
                g = samePerson(groups, key);
                if (g != null && MiddleInitials.conflict(c, g)) {
                    g = null; // "George W. Bush" is not "George H.W. Bush"
                }
            }
            if (g == null) {
                g = new Group(EntityType.PERSON, c.surface, false);
                groups.add(g);
            }
            byKey.put(key, g);
            g.add(c);
        }
        joinNamesWithCommonWordsAfter(groups);
        return groups;
    }

    /**
     * A person's full name followed by common words, wrongly taken for a longer name ("George Floyd
     * Justice", "Harry Potter World"), joins the person named with that name alone ("George Floyd").
     */
    private void joinNamesWithCommonWordsAfter(List<Group> groups) {
        for (Group longer : groups) {
            Group named = null;
            for (Candidate m : longer.members) {
                named = namedAtStart(m, groups, longer);
                if (named == null) {
                    break;
                }
            }
            if (named != null) {
                String canonical = named.canonical;
                named.takeAll(longer);
                named.canonical = canonical;
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    /** @return the group of another person whose name of two words or more starts the mention, and only common words follow */
    private Group namedAtStart(Candidate m, List<Group> groups, Group own) {
        String key = Names.key(m.surface);
        for (Group g : groups) {
            String name = Names.key(g.canonical);
            if (g == own || g.members.isEmpty() || Names.words(name) < 2 || !key.startsWith(name + " ")) {
                continue;
            }
            int words = Names.words(name);
            if (m.from + words >= m.to || !Names.key(tokens.get(m.from + words - 1).text).equals(name.substring(name.lastIndexOf(' ') + 1))) {
                return null;
            }
            for (int k = m.from + words; k < m.to; k++) {
                if (!finder.commonWord(tokens.get(k))) {
                    return null;
                }
            }
            return g;
        }
        return null;
    }

    /**
     * The group of a full name that names the same person: same first and last word, or the
     * words of one inside the other in order with the same last word (a middle name left out), or
     * two words in the other order (family name first).
     */
    private static Group samePerson(List<Group> groups, String key) {
        String[] words = fullGivenNames(key.split(" "));
        for (Group g : groups) {
            if (g.members.stream().allMatch(m -> m.roleAlone)) {
                continue; // an office or title alone, no name
            }
            String[] other = fullGivenNames(Names.personKey(Names.withoutPostNominals(g.canonical)).split(" "));
            if (other[0].equals(words[0]) && other[other.length - 1].equals(words[words.length - 1])
                    || other[other.length - 1].equals(words[words.length - 1])
                            && (inOrder(words, other) || inOrder(other, words))
                    || words.length == 2 && other.length == 2 && words[0].equals(other[1]) && words[1].equals(other[0])) {
                return g;
            }
        }
        return null;
    }

    /** "Biologist Nick Bos" holds "Nicholas Bos": every word in its full given-name form for comparing names */
    private static String[] fullGivenNames(String[] words) {
        String[] full = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            full[k] = Names.personKey(words[k]);
        }
        return full;
    }

    /** @return whether every word of the shorter name occurs in the longer one, in order */
    private static boolean inOrder(String[] shorter, String[] longer) {
        if (shorter.length >= longer.length) {
            return false;
        }
        int k = 0;
        for (String w : longer) {
            if (k < shorter.length && shorter[k].equals(w)) {
                k++;
            }
        }
        return k == shorter.length;
    }

    /**
     * @return whether a person was named with evidence of its own: a title, role, known given name or
     *         citation (confidence 0.8 or more), not only as an office ("the Governor of Virginia") or by a guess
     */
    private static boolean namedWithEvidence(Group g) {
        for (Candidate m : g.members) {
            if (!m.roleAlone && m.confidence >= 0.8) {
                return true;
            }
        }
        return false;
    }

    /** @return whether every full name of a person guessed without evidence starts with a common word ("Progressive Merida") */
    private boolean startsWithCommonWord(Group g) {
        boolean any = false;
        for (Candidate m : g.members) {
            if (m.length() >= 2) {
                if (!finder.commonWord(tokens.get(m.from))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * A name alone joins a person whose first or last word (or last two words) it is.
     *
     * @return whether it joined one
     */
    boolean join(Candidate c, List<Group> persons) {
        if (persons.isEmpty() || c.roleAlone || c.known != null && c.known.ambiguous() && cues.placeCue(c)) {
            return false; // a title alone ("the President") joins its holder later, not a name with that word ("Vice President")
        }
        String key = Names.personKey(c.surface);
        Group after = null;
        int afterAt = Integer.MAX_VALUE;
        Group firstNamed = null;
        int firstAt = Integer.MAX_VALUE;
        Group titled = null;
        Group usual = null;
        int usualCount = 0;
        Group variant = spellings.onlyVariant(key, persons); // "Zelensky" after "Volodymyr Zelenskyy"
        for (Group g : persons) {
            String[] words = SurnameBeforeGenerationalSuffix.words(Names.personKey(Names.withoutPostNominals(g.canonical)).split(" "),
                    key, persons); // "King" after "Martin Luther King Jr."
            boolean last = words[words.length - 1].equals(key) || g == variant;
            boolean first = words[0].equals(key);
            boolean lastTwo = words.length >= 3 && key.equals(words[words.length - 2] + " " + words[words.length - 1]);
            if (!last && !first && !lastTwo || c.known != null && !namedWithEvidence(g)) {
                continue; // "Virginia" is not "the Governor of Virginia", "Merida" not a guessed "Progressive Merida"
            }
            if (c.known == null && !namedWithEvidence(g) && startsWithCommonWord(g) || PersonTitles.conflict(c, g)
                    || sexes.conflict(c, g)) { // "Mrs. Trump" is not "Donald Trump"
                continue;
            }
            int alone = aloneCounts.getOrDefault(g, Map.of()).getOrDefault(key, 0);
            for (Candidate m : g.members) {
                if (m.from > c.from && m.from < afterAt) {
                    after = g;
                    afterAt = m.from;
                }
                if (m.from < c.from && m.from < firstAt) {
                    firstNamed = g;
                    firstAt = m.from;
                }
                if (m.from < c.from && c.role != null && !m.roleAlone && Objects.equals(c.role, m.role)) {
                    titled = g;
                }
            }
            if (alone > usualCount) {
                usual = g;
                usualCount = alone;
            }
        }
        // a place name ("Jordan", "Washington") is that person only after the person was named
        Group g = titled != null ? titled : usual != null ? usual : firstNamed != null ? firstNamed
                : c.known != null ? null : after;
        if (g == null) {
            return false;
        }
        c.decide(EntityType.PERSON, Math.max(c.confidence, 0.8));
        g.add(c);
        aloneCounts.computeIfAbsent(g, k -> new HashMap<>()).merge(key, 1, Integer::sum);
        return true;
    }
}
