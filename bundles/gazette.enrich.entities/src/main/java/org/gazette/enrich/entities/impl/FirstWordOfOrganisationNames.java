package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

/**
 * News names a firm in full once and then by its first word: "the Zembla Mining Corporation … Zembla
 * said", "the Orvik Shipping Company … Orvik will cut 300 jobs". For {@link OrganisationJoins}, which
 * before joined only the name without its last word ("Zembla Mining"). The first word alone joins an
 * organisation of three words or more that ends in an organisation word, when it is a word of its own
 * making: no given name ("Ann" of "Ann Lee Foundation" is her), no gazetteer name ("Boston" of "the
 * Boston Consulting Group" stays the city), no common or organisation word ("National", "General").
 */
final class FirstWordOfOrganisationNames {

    private FirstWordOfOrganisationNames() {
    }

    /**
     * @param c a single word
     * @param nameWords the words of the organisation's name, which starts with it
     * @return whether the word alone may stand for that organisation
     */
    static boolean standsFor(Lexicon lexicon, List<Token> tokens, Candidate c, int nameWords) {
        if (c.length() != 1 || nameWords < 3) {
            return false;
        }
        Token t = tokens.get(c.from);
        String lower = t.text.toLowerCase(Locale.ROOT);
        return t.shape == Token.Shape.CAPITALISED && t.text.length() > 2 && !lexicon.isFirstName(t.text)
                && !lexicon.isCommonWord(lower) && !lexicon.isOrgSuffix(t.text) && !lexicon.isPlaceSuffix(t.text)
                && lexicon.phrase(tokens, c.from, c.to, false) == null;
    }
}
