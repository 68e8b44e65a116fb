package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A group of people in the plural after a word of quantity and "of" ("millions of Americans", "a
 * lot of Thais", "the number of Democrats", "all of the Armenians") is a part of that group named by
 * the whole phrase, which is no name: the development set marks the phrase, never the group word
 * inside it (6 of 6). Gazetteer groups only, as {@link QuantifiedGroups}, which tags the part when the
 * word of quantity stands right before the group ("many Americans").
 */
final class GroupsAfterQuantityAndOf {

    private static final Set<String> QUANTITIES = Set.of("millions", "thousands", "hundreds", "dozens", "scores", "tens",
            "lot", "lots", "number", "numbers", "majority", "minority", "most", "many", "some", "all", "none", "few",
            "half", "plenty");

    private GroupsAfterQuantityAndOf() {
    }

    /** @return whether the candidate is a plural group after a word of quantity, "of" and perhaps "the" */
    static boolean isPart(List<Token> tokens, Candidate c) {
        if (!QuantifiedGroups.peopleInPlural(c) || c.length() != 1) {
            return false;
        }
        int of = c.from - 1;
        if (of >= 1 && tokens.get(of).text.equalsIgnoreCase("the")) {
            of--;
        }
        if (of < 1 || !tokens.get(of).is("of")) {
            return false;
        }
        Token quantity = tokens.get(of - 1);
        return quantity.isWord() && QUANTITIES.contains(quantity.text.toLowerCase(java.util.Locale.ROOT));
    }
}
