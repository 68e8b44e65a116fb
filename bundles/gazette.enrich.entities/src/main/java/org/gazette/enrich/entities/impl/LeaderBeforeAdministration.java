package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A capitalised word between "the" and a lower-case "administration" names the leader the
 * government is called after ("the Obama administration", "a Kessler administration official"):
 * evidence of a person for {@link CuedLoneNames}, which already leaves out gazetteer names ("the
 * Kosovo administration"), common words and words the text writes in lower case. A capital
 * "Administration" makes an organisation's name ("Food and Drug Administration") and is not this cue.
 */
final class LeaderBeforeAdministration {

    private static final Set<String> BEFORE = Set.of("the", "The", "a", "A", "an", "An");

    private LeaderBeforeAdministration() {
    }

    /** @return whether the word at {@code i} stands between "the" and "administration" */
    static boolean at(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || tokens.get(i).text.length() < 3) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.text.equals("administration") && BEFORE.contains(tokens.get(i - 1).text);
    }
}
