package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A second "of" inside one name: once an "of" or "for" has joined a run after an organisation head
 * ("Government of the Republic"), a later "of" after a capitalised word goes on with the same name
 * ("the Government of the Republic of Quarrow", "the Ministry of Foreign Affairs of Velmora"), even
 * when the word before it is no head word by itself.
 */
final class ChainedOfInNames {

    private ChainedOfInNames() {
    }

    /**
     * @param from the first token of the run
     * @param j the "of" being looked at
     * @return whether an "of" or "for" already joined the run between {@code from} and the capitalised word before {@code j}
     */
    static boolean continues(List<Token> tokens, int from, int j) {
        if (j - 1 <= from || !tokens.get(j - 1).isCapital() || !tokens.get(j).is("of")) {
            return false;
        }
        for (int k = from + 1; k < j - 1; k++) {
            if (tokens.get(k).is("of") || tokens.get(k).is("for")) {
                return true;
            }
        }
        return false;
    }
}
