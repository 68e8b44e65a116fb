package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * A gazetteer organisation that opens a longer organisation or place name, or ends it after "of",
 * is named there too: "United Nations" in "United Nations Office for Quill Affairs", "UNESCO" in
 * "UNESCO World Heritage Site", "United Nations" in "General Assembly of the United Nations". It is
 * added as a mention nested in the outer span (like {@link NestedPlaces}), joined to the entity of
 * that organisation. Only gazetteer organisations: an unknown first word ("Quarrow Office for
 * Trade") names nothing by itself.
 */
final class KnownOrganisationsInNames {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    KnownOrganisationsInNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (Group g : List.copyOf(added.groups())) {
            if (g.type != EntityType.ORGANIZATION && g.type != EntityType.LOCATION) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (c.caseless || c.to - c.from < 2 || c.known != null) {
                    continue;
                }
                int opening = lexicon.longestPhrase(tokens, c.from, c.to, false);
                if (opening > 0 && c.from + opening < c.to) {
                    nest(added, c.from, c.from + opening);
                }
                for (int k = c.from + 1; k < c.to - 1; k++) {
                    if (tokens.get(k).is("of")) {
                        int from = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
                        if (from < c.to) {
                            nest(added, from, c.to);
                        }
                    }
                }
            }
        }
    }

    private void nest(AddedNames added, int from, int to) {
        Known known = lexicon.phrase(tokens, from, to, false);
        if (known != null && known.type() == EntityType.ORGANIZATION && known.kind() == Known.Kind.ORGANIZATION) {
            added.addNested(from, to, EntityType.ORGANIZATION, known.canonical(), 0.5);
        }
    }
}
