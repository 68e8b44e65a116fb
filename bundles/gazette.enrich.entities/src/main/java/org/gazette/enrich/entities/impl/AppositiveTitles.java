package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A capitalised title standing alone and set off by a comma beside a person's name names that
 * person: "our Space Administrator, Mara Okafor, said", "Mara Okafor, the Prime Minister, said".
 * The title needs a determiner or possessive before it ("the", "our", "its"), so that an address
 * ("President, we thank you") or a list is left alone, and no honorific ("Mr. Chair, Ann Lee will
 * speak" addresses one person and names another). Offices with "of" are the Resolver's
 * {@code joinOfficesToNamesBeside}.
 */
final class AppositiveTitles {

    private static final Set<String> DETERMINERS = Set.of("the", "our", "your", "his", "her", "their", "its", "my");
    /** Words allowed between the determiner and the title: "our outstanding NASA Administrator". */
    private static final int MAX_BETWEEN = 3;

    private final Lexicon lexicon;
    private final List<Token> tokens;

    AppositiveTitles(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * Moves each such title to the group of the person beside it.
     *
     * @param byFirst candidates by their first token
     * @param byLast candidates by their last token
     */
    void join(List<Group> groups, Map<Integer, Candidate> byFirst, Map<Integer, Candidate> byLast) {
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (!c.roleAlone || lexicon.isHonorific(tokens.get(c.spanFrom).text)) {
                    continue;
                }
                int determiner = determinerBefore(c.spanFrom);
                if (determiner < 0) {
                    continue;
                }
                Candidate name = null;
                if (determiner >= 2 && tokens.get(determiner - 1).isPunct(',') && closes(c.to)) {
                    name = named(byLast.get(determiner - 2)); // "Mara Okafor, the Prime Minister,"
                }
                if (name == null && c.to + 1 < tokens.size() && tokens.get(c.to).isPunct(',')) {
                    Candidate after = named(byFirst.get(c.to + 1)); // "the Prime Minister, Mara Okafor,"
                    name = after != null && closes(after.to) ? after : null;
                }
                if (name != null && name.group != g) {
                    g.members.remove(c);
                    name.group.add(c);
                }
            }
        }
    }

    /** @return the token of a determiner before the title, over at most three words ("our outstanding NASA"), or -1 */
    private int determinerBefore(int title) {
        for (int k = title - 1; k >= 0 && k >= title - 1 - MAX_BETWEEN; k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.text.toLowerCase(Locale.ROOT))) {
                return k;
            }
            if (!t.isWord() || t.sentenceStart) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the apposition ends at {@code k}: a comma, a full stop, a bracket or the end of the text. */
    private boolean closes(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.isPunct(',') || t.isPunct('.') || t.isPunct(')') || t.isPunct(';') || t.isPunct('!') || t.isPunct('?');
    }

    private static Candidate named(Candidate c) {
        return c != null && c.type == EntityType.PERSON && !c.roleAlone && c.group != null ? c : null;
    }
}
