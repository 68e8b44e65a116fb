package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A run of capitalised words that ends an organisation name with its suffix word and goes straight
 * on into a person's name, as in an affiliation line or a list without commas ("Marrow State
 * University Jane Doe"): the run stops after the suffix, so the organisation keeps its full extent
 * and the person is a name of their own. Only when the suffix has a name word before it, the next
 * word is a given name, and one capitalised word that is no organisation word follows it and ends the
 * run ("Port Authority George Washington Bus Station" stays one name).
 */
final class PersonAfterOrganisationSuffix {

    private PersonAfterOrganisationSuffix() {
    }

    /** @return whether the run that began at {@code from} ends before {@code j} */
    static boolean startsAt(Lexicon lexicon, List<Token> tokens, int from, int j, int limit) {
        if (j - 1 <= from || j + 1 >= limit) {
            return false;
        }
        String suffix = tokens.get(j - 1).text;
        if (!lexicon.isOrgSuffix(suffix) || lexicon.isPlaceSuffix(suffix)) {
            return false;
        }
        Token given = tokens.get(j);
        Token family = tokens.get(j + 1);
        return given.shape == Token.Shape.CAPITALISED && lexicon.isFirstName(given.text)
                && family.isCapital() && !family.sentenceStart
                && !lexicon.isOrgSuffix(family.text) && !lexicon.isOrgHead(family.text) && !lexicon.isPlaceSuffix(family.text)
                && (j + 2 >= limit || !tokens.get(j + 2).isCapital() || tokens.get(j + 2).sentenceStart);
    }
}
