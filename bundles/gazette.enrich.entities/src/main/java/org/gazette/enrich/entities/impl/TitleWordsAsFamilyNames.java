package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A title word alone that is the family name of one person named in the text is that person: "King"
 * and "Dr. King" after "Martin Luther King Jr.", "Dr. Marshall" after "Tom Marshall". Read as a
 * title, the word made a person of its own ("person:king"). Only the title word alone or after an
 * honorific, and only a person named with a given name first. Not after a determiner or possessive:
 * "the King", "his Marshal" are the title. Runs after {@link TitlesAloneToHolders}, so a title
 * named before with a holder ("King Charles ... the King") keeps that holder.
 */
final class TitleWordsAsFamilyNames {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "your", "his", "her", "their", "its", "my",
            "this", "that");
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    TitleWordsAsFamilyNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        for (Group g : groups) {
            if (g.type != EntityType.PERSON || g.members.stream().anyMatch(m -> !m.roleAlone)) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (c.role == null || c.role.indexOf(' ') >= 0 || !titleWordLast(c) || afterDeterminer(c)) {
                    continue;
                }
                Group holder = onlyBearer(c.role, groups);
                if (holder != null && holder != g) {
                    g.members.remove(c);
                    holder.add(c);
                }
            }
        }
    }

    /** "King", "Dr. King": the title word ends the mention; not "Governor of Virginia" */
    private boolean titleWordLast(Candidate c) {
        return c.to - Math.min(c.from, c.spanFrom) <= 2 && tokens.get(c.to - 1).text.toLowerCase(Locale.ROOT).equals(c.role);
    }

    /** @return the only person named with a given name and the family name {@code word}, or {@code null} */
    private Group onlyBearer(String word, List<Group> groups) {
        Group found = null;
        for (Group g : groups) {
            if (g.type != EntityType.PERSON || g.members.stream().allMatch(m -> m.roleAlone)) {
                continue;
            }
            String[] words = Names.personKey(Names.withoutPostNominals(g.canonical)).split(" ");
            int last = words.length - 1;
            if (last > 0 && GENERATIONS.contains(words[last])) {
                last--; // "Martin Luther King Jr."
            }
            String given = g.canonical.split(" ")[0];
            if (last >= 1 && words[last].equals(word) && lexicon.isFirstName(given)) {
                if (found != null) {
                    return null; // two people of that name: undecided
                }
                found = g;
            }
        }
        return found;
    }

    private boolean afterDeterminer(Candidate c) {
        int from = Math.min(c.from, c.spanFrom);
        return from > 0 && DETERMINERS.contains(tokens.get(from - 1).text.toLowerCase(Locale.ROOT));
    }
}
