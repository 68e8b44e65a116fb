package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A venue a visitor goes to, named by a word that heads organisations and ends places ("Museum",
 * "Center", "Centre") before "of", is a place however it is written: "the Museum of Modern Art",
 * "the Cleveland Museum of Art" and "the Quarrow Center of Science" are places, and a known place
 * before the head is part of the name, not a place of its own. With "for" such a word heads an
 * organisation ("the Center for Policy Studies", see {@link OrganisationHeadOf}).
 */
final class VenueHeadOf {

    private VenueHeadOf() {
    }

    /** @return whether a word in {@code [from, to - 2]} is such a venue word followed by "of" inside the run */
    static boolean in(Lexicon lexicon, List<Token> tokens, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            Token head = tokens.get(k);
            if (head.shape == Token.Shape.CAPITALISED && tokens.get(k + 1).is("of") && lexicon.isOrgHead(head.text)
                    && lexicon.isPlaceSuffix(head.text)) {
                return true;
            }
        }
        return false;
    }
}
