package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A capitalised organisation word alone after "the" or another determiner names an organisation of
 * the text: "the Court", "the Senate", and also "this Assembly", "our Parliament", "its Board", "their
 * Council" (for {@link NameFinder#isOrganisationWordAfterThe}).
 */
final class OrganisationWordAfterDeterminer {

    /** Lower-case determiners that, like "the", make a capitalised organisation word alone a name. */
    private static final Set<String> DETERMINERS = Set.of("this", "our", "its", "their");

    private OrganisationWordAfterDeterminer() {
    }

    /** @return whether the candidate is one capitalised organisation word after "the" or such a determiner */
    static boolean at(Lexicon lexicon, List<Token> tokens, Candidate c) {
        if (c.length() != 1 || c.from == 0) {
            return false;
        }
        String before = tokens.get(c.from - 1).text;
        return (before.equalsIgnoreCase("the") || DETERMINERS.contains(before))
                && lexicon.isOrgSuffix(tokens.get(c.from).text) && tokens.get(c.from).shape == Token.Shape.CAPITALISED;
    }
}
