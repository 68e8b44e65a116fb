package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A gazetteer place that opens the name of a war, a treaty, a festival or a games is a mention of
 * that place, though the event itself is no entity: "Vietnam" in "the Vietnam War", "Paris" in
 * "the Paris Agreement", "London" in "the London 2012 Olympics", "Cannes" in "the Cannes Film
 * Festival". Added where no mention is yet, after resolution ({@link AddedNames}).
 */
final class PlacesBeforeEventNames {

    /** Capitalised words of events named after the place they happened in. */
    static final Set<String> EVENTS = Set.of("War", "Wars", "Olympics", "Games", "Festival", "Film", "Marathon",
            "Summit", "Conference", "Convention", "Accords", "Accord", "Agreement", "Treaty", "Massacre", "Crisis",
            "Declaration", "Protocol", "Uprising", "Spring", "Biennale", "Riots", "Siege", "Airlift", "Talks");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlacesBeforeEventNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isCapital() || t.caseless) {
                continue;
            }
            int phrase = lexicon.longestPhrase(tokens, k, Math.min(tokens.size(), k + 4), false);
            if (phrase == 0) {
                continue;
            }
            Known known = lexicon.phrase(tokens, k, k + phrase, false);
            while (phrase > 1 && (known == null || known.type() != EntityType.LOCATION)) {
                // "Vietnam War" may be a phrase of its own: the place is a shorter phrase at its start
                phrase = lexicon.longestPhrase(tokens, k, k + phrase - 1, false);
                known = phrase > 0 ? lexicon.phrase(tokens, k, k + phrase, false) : null;
            }
            if (phrase == 0) {
                continue;
            }
            int next = k + phrase;
            if (next < tokens.size() && tokens.get(next).shape == Token.Shape.NUMBER) {
                next++; // "the London 2012 Olympics"
            }
            if (known != null && known.type() == EntityType.LOCATION && next < tokens.size()
                    && EVENTS.contains(tokens.get(next).text) && !tokens.get(next).caseless) {
                added.add(k, k + phrase, EntityType.LOCATION, known.canonical(), 0.6);
            }
            k += phrase - 1;
        }
    }
}
