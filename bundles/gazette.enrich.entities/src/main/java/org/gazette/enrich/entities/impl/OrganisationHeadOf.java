package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A run of capitalised words that holds an organisation head word before "of" or "for" ("Department
 * of Transportation", "College of Pediatricians") is an organisation as a whole, with a place or a
 * demonym before the head: "the Nevada Department of Transportation", "the American College of
 * Pediatricians", "the Quarrow Ministry for Fisheries" are one organisation, not a place and an
 * organisation. Not a place head ("Gulf of Mexico") nor a word that ends places before "of" ("Cleveland Museum of Art": a museum is visited, {@link VenueHeadOf});
 * but before "for" such a word heads an organisation ("the Vienna Centre for Disarmament").
 */
final class OrganisationHeadOf {

    private OrganisationHeadOf() {
    }

    /** @return whether a word in {@code [from, to - 2]} is an organisation head followed by "of" or "for" inside the run */
    static boolean in(Lexicon lexicon, List<Token> tokens, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            Token head = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (head.shape == Token.Shape.CAPITALISED && (next.is("of") || next.is("for")) && lexicon.isOrgHead(head.text)
                    && !lexicon.isPlaceHead(head.text) && (next.is("for") || !lexicon.isPlaceSuffix(head.text))) {
                return true;
            }
        }
        return false;
    }
}
