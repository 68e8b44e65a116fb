package org.gazette.enrich.entities.impl;

/**
 * A gazetteer organisation is called by the organisation word that ends its name once it was named:
 * "the Fund" after "the International Monetary Fund", "the Court" after "the Supreme Court", "the
 * Commission" after "the European Commission". Not a word that starts a gazetteer name of its own:
 * "the House" is the "House of Representatives", not the "White House".
 */
final class KnownOrganisationLastWord {

    private KnownOrganisationLastWord() {
    }

    /** @return whether the last word of a gazetteer organisation's name also names it alone */
    static boolean namesAlone(Lexicon lexicon, String lastWord) {
        return lexicon.isOrgSuffix(lastWord) && !lexicon.startsPhrase(lastWord);
    }
}
