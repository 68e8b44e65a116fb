package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * The organisation word that heads a name of the form "... Council of Ashford", "the State
 * Department of Health": the word alone later ("the Council", "the Department") names that
 * organisation, for {@link OrganisationJoins}. Only the word right before the name's first "of",
 * after at least one word of the name, and only an organisation word ("Council", not "Bank of").
 */
final class OrganisationWordBeforeOf {

    private OrganisationWordBeforeOf() {
    }

    /** @return the token index of the organisation word before "of" in the candidate's name, or -1 */
    static int wordBeforeOf(Lexicon lexicon, List<Token> tokens, Candidate c) {
        for (int k = c.from + 2; k + 1 < c.to; k++) {
            if (tokens.get(k).text.equals("of")) {
                Token head = tokens.get(k - 1);
                return head.shape == Token.Shape.CAPITALISED && lexicon.isOrgSuffix(head.text) ? k - 1 : -1;
            }
        }
        return -1;
    }
}
