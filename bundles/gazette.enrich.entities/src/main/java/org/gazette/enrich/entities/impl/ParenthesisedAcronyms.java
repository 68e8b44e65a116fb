package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * An acronym written in brackets right after an organisation's name is that organisation, and so is
 * every later use of it, whether or not its letters spell the name's initials: "the Zellix Trading
 * Company (ZETCO)", "the Guild of Harbour Pilots (GHP)", "the College of Quill Makers (CoQM)", then
 * "ZETCO said". Used by {@link OrganisationJoins}; one instance per text, fed the candidates in text order.
 */
final class ParenthesisedAcronyms {

    private final List<Token> tokens;
    /** The acronyms defined so far and the organisation each one names. */
    private final Map<String, Group> defined = new HashMap<>();

    ParenthesisedAcronyms(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * @param c a candidate not yet joined
     * @param organisations the organisations named before it
     * @return the organisation this acronym stands for, or {@code null}
     */
    Group organisationOf(Candidate c, List<Group> organisations) {
        if (c.length() != 1 || !acronymShape(tokens.get(c.from).text)) {
            return null;
        }
        Group known = defined.get(c.surface);
        if (known != null) {
            return known;
        }
        if (c.from < 2 || c.to >= tokens.size() || !tokens.get(c.from - 1).isPunct('(') || !tokens.get(c.to).isPunct(')')) {
            return null;
        }
        for (int k = organisations.size() - 1; k >= 0; k--) {
            Group g = organisations.get(k);
            for (Candidate m : g.members) {
                if (m.to == c.from - 1 && m.length() >= 2) {
                    defined.put(c.surface, g);
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * @return whether the word is written like an acronym: two to eight letters, at least two of them
     *         capitals and the first one a capital ("ZETCO", "CoQM", "ACPeds"); not a word in capitals
     *         with a period ("U.S.")
     */
    static boolean acronymShape(String word) {
        if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (!Character.isLetter(ch)) {
                return false;
            }
            if (Character.isUpperCase(ch)) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /** Joins the acronym to its organisation. */
    static void join(Candidate c, Group g) {
        c.decide(EntityType.ORGANIZATION, 0.8);
        g.add(c);
    }
}
