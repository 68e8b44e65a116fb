package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * Campaign groups name themselves by their purpose: an organisation word, "to" and a capitalised verb
 * of campaigning with its object ("the Committee to Protect Journalists", "the Campaign to Stop Killer
 * Robots", "the Coalition to End Hunger"). The run of capitalised words stopped at "to", leaving only
 * "Committee". For {@link NameRuns}: "to" goes on the run after an organisation word when one of these
 * verbs and another capitalised word follow; not "from Entertainment Weekly to Time Magazine".
 */
final class PurposeInOrganisationNames {

    /** Capitalised verbs that open the purpose in a campaign group's name. */
    private static final Set<String> VERBS = Set.of("Protect", "Stop", "End", "Save", "Prevent", "Defend", "Fight",
            "Promote", "Abolish", "Ban", "Free", "Restore", "Reform", "Preserve", "Combat", "Eliminate", "Eradicate",
            "Cure", "Elect", "Impeach", "Halt");

    private PurposeInOrganisationNames() {
    }

    /** @return whether "to" at {@code j} joins the organisation word before it to a purpose after it */
    static boolean joins(Lexicon lexicon, List<Token> tokens, int j, int limit) {
        if (j < 1 || j + 2 >= limit || !tokens.get(j).is("to")) {
            return false;
        }
        String head = tokens.get(j - 1).text;
        Token verb = tokens.get(j + 1);
        Token object = tokens.get(j + 2);
        return lexicon.isOrgSuffix(head) && !lexicon.isPlaceSuffix(head) && VERBS.contains(verb.text) && !verb.caseless
                && object.isCapital() && !object.sentenceStart;
    }
}
