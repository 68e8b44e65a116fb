package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * A place "on" an unknown name is on an island, a lake or a river, which is a place too ("the
 * ferry to Tarby on Velloe", "the harbour of Skarn on Velloe"): an unknown capitalised word alone
 * (see {@link PlacesJoinedByAnd#unknownLoneWord}) right after a place mention and "on". A date
 * ("Paris on Monday") is tagged before and so left alone. Only where nothing else was tagged.
 */
final class PlaceOnPlace {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlaceOnPlace(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        int n = tokens.size();
        boolean[] placeEndsAt = new boolean[n];
        for (Group g : added.groups()) {
            if (g.type == EntityType.LOCATION) {
                for (Candidate c : g.members) {
                    placeEndsAt[c.to - 1] = true;
                }
            }
        }
        for (int i = 1; i + 1 < n; i++) {
            if (tokens.get(i).text.equals("on") && placeEndsAt[i - 1]
                    && PlacesJoinedByAnd.unknownLoneWord(lexicon, tokens, i + 1)) {
                added.add(i + 1, i + 2, EntityType.LOCATION, tokens.get(i + 1).text, 0.5);
            }
        }
    }
}
