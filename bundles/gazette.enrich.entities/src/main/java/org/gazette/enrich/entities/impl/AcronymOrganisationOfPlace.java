package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A gazetteer organisation written as an acronym, right before a country or a state that ends the
 * capitalised run, is that organisation's branch for the place, one organisation of its own: "NHS
 * England", "NHS Scotland", "BBC Wales", "UNICEF UK" (not "NHS" and an organisation "England"). The
 * place is nested in it like any place in an organisation name. Not before a noun of what joins two
 * parties ("NATO Russia talks", {@link NameHyphenSuffixes#PAIR_NOUNS}).
 */
final class AcronymOrganisationOfPlace {

    private AcronymOrganisationOfPlace() {
    }

    /**
     * @param from the first token of the run
     * @param end the end of the run (exclusive)
     * @return whether the run is an acronym of a gazetteer organisation and then a country or state filling the rest
     */
    static boolean in(Lexicon lexicon, List<Token> tokens, int from, int end) {
        if (end - from < 2 || !NameWords.isAcronym(tokens.get(from))
                || end < tokens.size() && NameHyphenSuffixes.PAIR_NOUNS.contains(tokens.get(end).text)) {
            return false; // "NATO Russia talks": two parties
        }
        Known organisation = lexicon.phrase(tokens, from, from + 1, false);
        if (organisation == null || organisation.kind() != Known.Kind.ORGANIZATION) {
            return false;
        }
        Known place = lexicon.phrase(tokens, from + 1, end, false);
        return place != null && !place.ambiguous()
                && (place.kind() == Known.Kind.COUNTRY || place.kind() == Known.Kind.STATE);
    }
}
